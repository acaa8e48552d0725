import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encryptSecret } from '../src/server/inbound/mailbox-secret.js';
import { saveSsoSettings } from '../src/server/sso/sso-settings.repository.js';
import { createUser } from '../test/support/factories.js';
import {
  startTestOidcProvider,
  type TestOidcProvider,
} from '../test/support/test-oidc-provider.js';
import { useJourney } from './support/journey.js';

// On localhost, with PUBLIC_URL its own address: the provider sends the browser back here.
const journey = useJourney({ hostName: 'localhost' });
let idp: TestOidcProvider;

describe('«Σύνδεση με …» on the login page', () => {
  beforeAll(async () => {
    await createUser(journey.server.db, 'admin');
    idp = await startTestOidcProvider(`${journey.server.url}/api/auth/sso/callback`);
    await saveSsoSettings(journey.server.db, {
      issuerUrl: idp.issuer,
      clientId: idp.clientId,
      clientSecretEncrypted: encryptSecret(
        journey.server.deps.config.inbound.secretKey,
        idp.clientSecret,
      ),
      buttonLabel: 'Google Workspace',
      allowedDomains: [],
      isEnabled: true,
    });
  });
  afterAll(() => idp.close());

  it('takes staff to the company identity provider', async () => {
    const page = await journey.newPage();
    await page.goto(`${journey.server.url}/login`);
    await page.getByRole('link', { name: 'Σύνδεση με Google Workspace' }).click();
    await page.waitForURL((url) => url.href.startsWith(`${idp.issuer}/interaction/`));
    // The provider's own sign-in form (here, oidc-provider's development page).
    await expect.poll(() => page.locator('input[name="login"]').count()).toBe(1);
  });

  it('signs staff in through the provider’s own sign-in and consent pages', async () => {
    const agent = await createUser(journey.server.db, 'agent');
    idp.addIdentity('eleni', { email: agent.email.toUpperCase(), email_verified: true });
    const page = await journey.newPage();
    await page.goto(`${journey.server.url}/login`);
    await page.getByRole('link', { name: 'Σύνδεση με Google Workspace' }).click();
    await page.waitForURL((url) => url.href.startsWith(`${idp.issuer}/interaction/`));
    // oidc-provider's development pages stand for the company's sign-in: login, then consent.
    await page.locator('input[name="login"]').fill('eleni');
    await page.locator('input[name="password"]').fill('any password');
    await page.locator('button[type="submit"]').click();
    await page.locator('input[name="prompt"][value="consent"]').waitFor({ state: 'attached' });
    await page.locator('button[type="submit"]').click();
    // Back at Aitima, signed in as the mapped staff user, with no second step asked.
    await page.waitForURL(
      (url) => url.href.startsWith(journey.server.url) && url.pathname !== '/login',
    );
    const me = await page.evaluate(async () => {
      const answer = await fetch('/api/me');
      return { status: answer.status, body: answer.ok ? await answer.json() : null };
    });
    expect(me.status).toBe(200);
    expect(me.body.email).toBe(agent.email);
  });

  it('says in Greek why the provider sign-in was refused', async () => {
    const page = await journey.newPage();
    await page.goto(`${journey.server.url}/login?sso_error=no_staff_account`);
    // The form is there: the page has loaded (a slow machine takes a while).
    await page.getByLabel('Email').waitFor();
    await expect
      .poll(() =>
        page
          .getByRole('alert')
          .filter({ hasText: 'Δεν υπάρχει ενεργός λογαριασμός προσωπικού' })
          .count(),
      )
      .toBe(1);
  });
});
