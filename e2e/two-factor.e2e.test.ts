import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { sessions } from '../src/server/db/schema.js';
import { createUser } from '../test/support/factories.js';
import { totpCode } from '../test/support/two-factor.js';
import { fillLogin, useJourney } from './support/journey.js';

// Served as http://localhost:<port>: passkeys need a domain name for their relying party.
const journey = useJourney({ hostName: 'localhost' });

beforeAll(async () => {
  await createUser(journey.server.db, 'admin');
});

const meStatus = (page: Page) =>
  page.evaluate(async () => (await fetch('/api/me', { credentials: 'same-origin' })).status);

async function keepRecoveryCodes(page: Page): Promise<number> {
  const panel = page.getByTestId('recovery-codes');
  await panel.waitFor();
  const count = await panel.getByTestId('recovery-code').count();
  await page.getByRole('button', { name: 'Τους φύλαξα' }).click();
  return count;
}

describe('two-step verification in the browser', () => {
  it('sets up an authenticator app on the profile, logs in with its code, and re-authenticates to renew recovery codes', async () => {
    const agent = await createUser(journey.server.db, 'agent');
    const page = await journey.signedIn(agent.email);
    await page.goto(`${journey.server.url}/profile`);
    await page.getByRole('button', { name: 'Ρύθμιση εφαρμογής επαλήθευσης' }).click();
    await page.getByRole('img', { name: 'Κωδικός QR για την εφαρμογή επαλήθευσης' }).waitFor();
    const secret = (await page.getByTestId('totp-secret').textContent()) ?? '';
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await page.getByLabel('Κωδικός από την εφαρμογή').fill(await totpCode(secret));
    await page.getByRole('button', { name: 'Ενεργοποίηση' }).click();
    expect(await keepRecoveryCodes(page)).toBe(10);
    await page.getByText('Ενεργή', { exact: true }).waitFor();

    // A new browser: the password alone is not enough.
    const other = await journey.newPage();
    await other.goto(`${journey.server.url}/login`);
    await fillLogin(other, agent.email, 'correct horse battery');
    await other.getByRole('heading', { name: 'Διπλή επαλήθευση' }).waitFor();
    expect(await meStatus(other)).toBe(401);
    await other.getByLabel('Κωδικός από την εφαρμογή').fill('000000');
    await other.getByRole('button', { name: 'Επιβεβαίωση' }).click();
    await other
      .getByText('Ο κωδικός δεν είναι σωστός ή έχει ήδη χρησιμοποιηθεί.')
      .first()
      .waitFor();
    await other.getByLabel('Κωδικός από την εφαρμογή').fill(await totpCode(secret, 1));
    await other.getByRole('button', { name: 'Επιβεβαίωση' }).click();
    await other.waitForURL((url) => url.pathname !== '/login');
    expect(await meStatus(other)).toBe(200);

    // Ten minutes later (the session says so), renewing the codes asks who it is first.
    await journey.server.db
      .update(sessions)
      .set({ authenticatedAt: new Date(Date.now() - 11 * 60 * 1000) })
      .where(eq(sessions.userId, agent.id));
    await other.goto(`${journey.server.url}/profile`);
    await other.getByRole('button', { name: 'Νέοι κωδικοί ανάκτησης' }).click();
    const dialog = other.getByRole('dialog', { name: 'Επιβεβαίωση ταυτότητας' });
    await dialog.waitFor();
    await dialog
      .getByRole('textbox', { name: 'Κωδικός πρόσβασης', exact: true })
      .fill('correct horse battery');
    await dialog.getByRole('button', { name: 'Επιβεβαίωση', exact: true }).click();
    // The refused request was sent again after the confirmation: the new codes show.
    expect(await keepRecoveryCodes(other)).toBe(10);
  });

  it('registers a passkey on the profile and logs in with it as the second factor', async () => {
    const agent = await createUser(journey.server.db, 'agent');
    const page = await journey.signedIn(agent.email);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
      },
    });

    await page.goto(`${journey.server.url}/profile`);
    await page.getByLabel('Όνομα νέου passkey').fill('Φορητός γραφείου');
    await page.getByRole('button', { name: 'Προσθήκη passkey' }).click();
    // The first second factor brings the recovery codes.
    expect(await keepRecoveryCodes(page)).toBe(10);
    await page.getByTestId('passkey').filter({ hasText: 'Φορητός γραφείου' }).waitFor();

    // Signed out (cookies gone), the same browser logs in: password, then the passkey.
    await page.context().clearCookies();
    await page.goto(`${journey.server.url}/login`);
    await fillLogin(page, agent.email, 'correct horse battery');
    await page.getByRole('button', { name: 'Χρήση κλειδιού πρόσβασης (passkey)' }).click();
    await page.waitForURL((url) => url.pathname !== '/login');
    expect(await meStatus(page)).toBe(200);
  });
});
