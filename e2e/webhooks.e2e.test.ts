import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebhookWorker, type WebhookWorker } from '../src/server/webhooks/webhook.worker.js';
import { createUser } from '../test/support/factories.js';
import { startWebhookReceiver, type WebhookReceiver } from '../test/support/webhook-receiver.js';
import { useJourney } from './support/journey.js';

const journey = useJourney();
let receiver: WebhookReceiver;
let worker: WebhookWorker;

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  // The server of a journey has no background workers: this one delivers as the real server's would.
  worker = createWebhookWorker({
    db: journey.server.db,
    secretKey: journey.server.deps.config.inbound.secretKey,
    settings: { extraCa: receiver.ca, timeoutMs: 5000, maxAttempts: 3, disableAfterFailures: 5 },
    pollIntervalMs: 200,
  });
  worker.start();
});
afterAll(async () => {
  await worker.stop();
  await receiver.close();
});

describe('«Webhooks» in the console', () => {
  it('an admin registers an endpoint, keeps its secret, sends a test and sees it delivered', async () => {
    const admin = await createUser(journey.server.db, 'admin');
    const page = await journey.signedIn(admin.email);
    await page.goto(`${journey.server.url}/staff/webhooks`);
    await page.getByRole('button', { name: 'Νέο webhook' }).first().click();

    const dialog = page.getByRole('dialog', { name: 'Νέο webhook' });
    await dialog.getByLabel('Διεύθυνση (URL)').fill(receiver.url);
    await dialog.getByLabel('Περιγραφή').fill('Τιμολόγηση');
    await dialog.getByRole('switch', { name: 'Να επιτρέπεται ιδιωτική ή τοπική διεύθυνση' }).check({
      force: true,
    });
    await dialog.getByRole('button', { name: 'Δημιουργία' }).click();

    const secretText = await page.getByTestId('webhook-secret').textContent();
    expect(secretText).toMatch(/^whsec_/);
    await page
      .getByRole('dialog', { name: 'Μυστικό υπογραφής' })
      .getByRole('button', { name: 'Κλείσιμο' })
      .last()
      .click();

    const card = page.getByTestId('webhook-card').filter({ hasText: receiver.url });
    await card.getByRole('button', { name: 'Αποστολές' }).click();
    const log = page.getByRole('dialog', { name: `Αποστολές στο ${receiver.url}` });
    await log.getByRole('button', { name: 'Δοκιμή' }).click();
    // The log refreshes by itself while open: the worker's delivery appears in it.
    await log.getByRole('cell', { name: 'Παραδόθηκε' }).waitFor();
    await log.getByRole('cell', { name: 'webhook.test' }).waitFor();

    expect(receiver.received).toHaveLength(1);
    const [request] = receiver.received;
    const event = new Webhook(secretText!.trim()).verify(request!.body, request!.headers);
    expect(event).toMatchObject({ type: 'webhook.test' });
  });
});
