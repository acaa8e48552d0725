import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  type SsoErrorCode,
  ssoLoginOptionSchema,
  ssoSettingsInputSchema,
  ssoSettingsSchema,
} from '../../shared/api/sso.js';
import type { AppDeps } from '../app-deps.js';
import { requireActor } from '../auth/auth.plugin.js';
import { readKnownDevice, rememberDevice } from '../auth/known-device.js';
import { setSessionCookie } from '../auth/session-cookie.js';
import { requestContext } from '../http/request-context.js';
import type { App } from '../http/types.js';
import { authorize } from '../policies/authorize.js';
import { finishAuthorization, providerConfiguration, startAuthorization } from './oidc-client.js';
import { signInWithSso } from './sso-login.service.js';
import {
  activeSso,
  describeSsoSettings,
  ssoRedirectUri,
  updateSsoSettings,
} from './sso-settings.service.js';
import { setSsoChecksCookie, takeSsoChecks } from './sso-state-cookie.js';

const tags = ['auth'];

/** Back to the login page, which says in the reader's language why SSO did not sign them in. */
const backToLogin = (reply: FastifyReply, code: SsoErrorCode) =>
  reply.redirect(`/login?sso_error=${code}`, 303);

export function registerSsoRoutes(app: App, deps: AppDeps): void {
  const rateLimit = { max: deps.rateLimits.loginPerMinute, timeWindow: 60_000 };
  // The provider in use; null when its stored secret cannot be read (another server key).
  const loadSso = (request: FastifyRequest) =>
    activeSso(deps.db, deps.config).catch((error: unknown) => {
      request.log.error({ err: error }, 'SSO: the settings cannot be used');
      return null;
    });

  app.get(
    '/api/auth/sso',
    {
      schema: {
        tags,
        summary: 'Whether staff can sign in with the company identity provider, and its label',
        response: { 200: ssoLoginOptionSchema },
      },
    },
    async (request) => {
      const sso = await loadSso(request);
      return { enabled: !!sso, label: sso?.buttonLabel ?? null };
    },
  );

  app.get(
    '/api/auth/sso/start',
    {
      schema: { tags, summary: '«Σύνδεση με …»: off to the identity provider (a redirect)' },
      config: { rateLimit },
    },
    async (request, reply) => {
      const sso = await loadSso(request);
      if (sso === null) return backToLogin(reply, 'failed');
      if (!sso) return backToLogin(reply, 'not_configured');
      try {
        const configuration = await providerConfiguration(sso);
        const { url, checks } = await startAuthorization(
          configuration,
          ssoRedirectUri(deps.config),
        );
        setSsoChecksCookie(reply, checks, deps.config);
        return reply.redirect(url.href, 302);
      } catch (error) {
        request.log.warn(
          { err: error, issuer: sso.issuerUrl },
          'SSO: the provider could not be reached',
        );
        return backToLogin(reply, 'failed');
      }
    },
  );

  app.get(
    '/api/auth/sso/callback',
    {
      schema: {
        tags,
        summary: 'Where the identity provider sends the person back; signs staff in (a redirect)',
        // What an OpenID Connect provider sends back (RFC 6749 §4.1.2, RFC 9207), and any
        // other parameter it adds: openid-client reads the whole callback address.
        querystring: z.looseObject({
          code: z.string().optional(),
          state: z.string().optional(),
          iss: z.string().optional(),
          error: z.string().optional(),
          error_description: z.string().optional(),
        }),
      },
      config: { rateLimit },
    },
    async (request, reply) => {
      const checks = takeSsoChecks(request, reply, deps.config);
      const sso = await loadSso(request);
      if (sso === null) return backToLogin(reply, 'failed');
      if (!sso) return backToLogin(reply, 'not_configured');
      // No attempt started in this browser (or it expired): nothing to compare the state with.
      if (!checks) return backToLogin(reply, 'failed');
      let identity: Awaited<ReturnType<typeof finishAuthorization>>;
      try {
        const configuration = await providerConfiguration(sso);
        const callbackUrl = new URL(request.url, deps.config.publicUrl);
        identity = await finishAuthorization(configuration, callbackUrl, checks);
      } catch (error) {
        // A wrong state, an error from the provider, a bad token: logged without the query's code.
        request.log.warn(
          { err: error instanceof Error ? { name: error.name, message: error.message } : error },
          'SSO: the sign-in could not be completed',
        );
        return backToLogin(reply, 'failed');
      }
      const context = requestContext(request);
      const result = await signInWithSso(deps.db, identity, sso, context, deps.auth);
      if ('refused' in result) return backToLogin(reply, result.refused);
      setSessionCookie(reply, result.token, deps.config);
      rememberDevice(reply, readKnownDevice(request), result.userId, deps.config);
      return reply.redirect('/staff', 303);
    },
  );

  app.get(
    '/api/staff/sso-settings',
    {
      schema: {
        tags: ['staff'],
        summary: 'Single sign-on settings (admin); the client secret is never shown',
        response: { 200: ssoSettingsSchema },
      },
    },
    async (request) => {
      authorize(requireActor(request), 'sso.manage', null);
      return describeSsoSettings(deps.db, deps.config);
    },
  );

  app.put(
    '/api/staff/sso-settings',
    {
      schema: {
        tags: ['staff'],
        summary: 'Set single sign-on (admin); an empty client secret keeps the stored one',
        body: ssoSettingsInputSchema,
        response: { 200: ssoSettingsSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(actor, 'sso.manage', null);
      await updateSsoSettings(deps.db, deps.config, actor, request.body, requestContext(request));
      return describeSsoSettings(deps.db, deps.config);
    },
  );
}
