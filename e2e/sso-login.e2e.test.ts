import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encryptSecret } from '../src/server/inbound/mailbox-secret.js';
import { saveSsoSettings } from '../src/server/sso/sso-settings.repository.js';
import { createUser } from '../test/support/factories.js';
import { TEST_ORIGIN } from '../test/support/test-app.js';
import {
  startTestOidcProvider,
  type TestOidcProvider,
} from '../test/support/test-oidc-provider.js';
import { useJourney } from './support/journey.js';

const journey = useJourney();
let idp: TestOidcProvider;

describe('«Σύνδεση με …» on the login page', () => {
  beforeAll(async () => {
    await createUser(journey.server.db, 'admin');
    idp = await startTestOidcProvider(`${TEST_ORIGIN}/api/auth/sso/callback`);
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
