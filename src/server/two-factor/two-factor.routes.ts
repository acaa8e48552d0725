import { z } from 'zod';
import {
  addPasskeyRequestSchema,
  confirmTotpRequestSchema,
  passkeyAddedSchema,
  passkeyIdParamsSchema,
  reauthenticateRequestSchema,
  recoveryCodesSchema,
  secondFactorMethodsSchema,
  secondFactorRequestSchema,
  securitySettingsSchema,
  totpEnrolmentSchema,
  twoFactorStatusSchema,
  userIdParamsSchema,
  webAuthnOptionsSchema,
} from '../../shared/api/two-factor.js';
import { meSchema } from '../../shared/api/users.js';
import type { AppDeps } from '../app-deps.js';
import { requireActor, requireSignedIn } from '../auth/auth.plugin.js';
import { resolveSession } from '../auth/auth.service.js';
import { readKnownDevice, rememberDevice } from '../auth/known-device.js';
import { requireRecentAuthentication } from '../auth/recent-authentication.js';
import { readSessionToken, setSessionCookie } from '../auth/session-cookie.js';
import { AppError } from '../http/errors.js';
import { requestContext } from '../http/request-context.js';
import type { App } from '../http/types.js';
import { presentMe } from '../users/me.presenter.js';
import { relyingPartyOf } from './passkeys.js';
import {
  beginPasskeyRegistration,
  finishPasskeyRegistration,
  removePasskey,
} from './passkeys.service.js';
import { beginReauthenticationPasskey, reauthenticate } from './reauthenticate.service.js';
import {
  beginSecondStepPasskey,
  completeSecondFactor,
  pendingLoginMethods,
} from './second-step.service.js';
import {
  beginTotpEnrolment,
  confirmTotpEnrolment,
  regenerateRecoveryCodes,
  removeTotp,
  twoFactorStatus,
} from './two-factor.service.js';
import {
  readSecuritySettings,
  resetSecondFactors,
  updateSecuritySettings,
} from './two-factor-admin.service.js';

/** Guessing codes is throttled per address like logging in is. */
const codeRateLimit = (deps: AppDeps) => ({
  max: deps.rateLimits.loginPerMinute,
  timeWindow: 60_000,
  errorResponseBuilder: (_request: unknown, context: { ttl: number }) =>
    new AppError(
      429,
      'too_many_login_attempts',
      'Too many attempts from this address',
      undefined,
      Math.ceil(context.ttl / 1000),
    ),
});

export function registerTwoFactorRoutes(app: App, deps: AppDeps): void {
  const secretKey = deps.config.inbound.secretKey;
  // Read per request: the relying party is PUBLIC_URL's site.
  const party = () => relyingPartyOf(deps.config.publicUrl, deps.config.companyName);
  const keys = () => ({ secretKey, party: party() });

  app.get(
    '/api/auth/second-factor',
    {
      schema: {
        tags: ['auth'],
        summary: 'The second factors this browser’s half-done login may finish with',
        response: { 200: secondFactorMethodsSchema },
      },
    },
    async (request) => pendingLoginMethods(deps.db, readSessionToken(request)),
  );

  app.post(
    '/api/auth/second-factor',
    {
      schema: {
        tags: ['auth'],
        summary: 'Finish a login with a TOTP code, a recovery code or a passkey',
        body: secondFactorRequestSchema,
        response: { 200: meSchema },
      },
      config: { rateLimit: codeRateLimit(deps) },
    },
    async (request, reply) => {
      const token = await completeSecondFactor(
        deps.db,
        readSessionToken(request),
        request.body,
        requestContext(request),
        deps.auth,
        keys(),
      );
      const signedIn = await resolveSession(deps.db, token, deps.auth);
      setSessionCookie(reply, token, deps.config);
      // Both steps passed: from now on this browser is a known device of the account, which
      // strangers' failed logins elsewhere do not slow down (login-throttle.ts).
      rememberDevice(reply, readKnownDevice(request), signedIn!.user.id, deps.config);
      return presentMe(signedIn!);
    },
  );

  app.post(
    '/api/auth/second-factor/passkey-options',
    {
      schema: {
        tags: ['auth'],
        summary: 'A challenge to finish this browser’s login with a passkey',
        response: { 200: webAuthnOptionsSchema },
      },
    },
    async (request) => beginSecondStepPasskey(deps.db, readSessionToken(request), party()),
  );

  app.post(
    '/api/auth/reauthenticate/passkey-options',
    {
      schema: {
        tags: ['auth'],
        summary: 'A challenge to re-authenticate with a passkey',
        response: { 200: webAuthnOptionsSchema },
      },
    },
    async (request) => beginReauthenticationPasskey(deps.db, requireSignedIn(request), party()),
  );

  app.post(
    '/api/me/two-factor/passkeys/options',
    {
      schema: {
        tags: ['me'],
        summary: 'A challenge to register a new passkey',
        response: { 200: webAuthnOptionsSchema },
      },
    },
    async (request) =>
      beginPasskeyRegistration(deps.db, requireRecentAuthentication(request), party()),
  );

  app.post(
    '/api/me/two-factor/passkeys',
    {
      schema: {
        tags: ['me'],
        summary: 'Register a named passkey; the first second factor also brings recovery codes',
        body: addPasskeyRequestSchema,
        response: { 200: passkeyAddedSchema },
      },
    },
    async (request) =>
      finishPasskeyRegistration(
        deps.db,
        requireRecentAuthentication(request),
        party(),
        request.body,
        requestContext(request),
      ),
  );

  app.delete(
    '/api/me/two-factor/passkeys/:id',
    {
      schema: {
        tags: ['me'],
        summary: 'Remove one of one’s passkeys',
        params: passkeyIdParamsSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await removePasskey(
        deps.db,
        requireRecentAuthentication(request),
        request.params.id,
        requestContext(request),
      );
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/auth/reauthenticate',
    {
      schema: {
        tags: ['auth'],
        summary: 'Confirm who one is again (password or code) before a sensitive change',
        body: reauthenticateRequestSchema,
        response: { 204: z.null() },
      },
      config: { rateLimit: codeRateLimit(deps) },
    },
    async (request, reply) => {
      const signedIn = requireSignedIn(request);
      await reauthenticate(deps.db, keys(), signedIn, request.body, requestContext(request));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/me/two-factor',
    {
      schema: {
        tags: ['me'],
        summary: 'One’s own second factors (no secrets)',
        response: { 200: twoFactorStatusSchema },
      },
    },
    async (request) => twoFactorStatus(deps.db, requireSignedIn(request)),
  );

  app.post(
    '/api/me/two-factor/totp',
    {
      schema: {
        tags: ['me'],
        summary: 'Start setting up an authenticator app: the secret as a QR code and as text',
        response: { 200: totpEnrolmentSchema },
      },
    },
    async (request) =>
      beginTotpEnrolment(
        deps.db,
        secretKey,
        requireRecentAuthentication(request),
        deps.config.companyName,
      ),
  );

  app.post(
    '/api/me/two-factor/totp/confirm',
    {
      schema: {
        tags: ['me'],
        summary: 'Turn the app on with a code from it; the first time, ten recovery codes',
        body: confirmTotpRequestSchema,
        response: { 200: recoveryCodesSchema },
      },
      config: { rateLimit: codeRateLimit(deps) },
    },
    async (request) =>
      confirmTotpEnrolment(
        deps.db,
        secretKey,
        requireRecentAuthentication(request),
        request.body.code,
        requestContext(request),
      ),
  );

  app.delete(
    '/api/me/two-factor/totp',
    {
      schema: {
        tags: ['me'],
        summary: 'Remove the authenticator app',
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await removeTotp(deps.db, requireRecentAuthentication(request), requestContext(request));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/me/two-factor/recovery-codes',
    {
      schema: {
        tags: ['me'],
        summary: 'Ten new recovery codes, shown once; the old ones stop working',
        response: { 200: recoveryCodesSchema },
      },
    },
    async (request) =>
      regenerateRecoveryCodes(
        deps.db,
        requireRecentAuthentication(request),
        requestContext(request),
      ),
  );

  app.post(
    '/api/users/:id/two-factor/reset',
    {
      schema: {
        tags: ['staff'],
        summary: 'Clear a person’s second factors (a lost phone): admins',
        params: userIdParamsSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await resetSecondFactors(
        deps.db,
        requireActor(request),
        request.params.id,
        requestContext(request),
      );
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/security-settings',
    {
      schema: {
        tags: ['staff'],
        summary: 'Account security settings: admins',
        response: { 200: securitySettingsSchema },
      },
    },
    async (request) => readSecuritySettings(deps.db, requireActor(request)),
  );

  app.put(
    '/api/security-settings',
    {
      schema: {
        tags: ['staff'],
        summary: 'Require a second factor of staff, or not: admins',
        body: securitySettingsSchema,
        response: { 200: securitySettingsSchema },
      },
    },
    async (request) =>
      updateSecuritySettings(deps.db, requireActor(request), request.body, requestContext(request)),
  );
}
