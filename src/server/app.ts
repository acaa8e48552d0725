import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyRequest, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { registerApiTokenUsage } from './api-tokens/api-token-usage.js';
import { registerApiTokenRoutes } from './api-tokens/api-tokens.routes.js';
import type { AppDeps } from './app-deps.js';
import { registerAuditRoutes } from './audit/audit.routes.js';
import { registerSessionResolver } from './auth/auth.plugin.js';
import { registerAuthRoutes } from './auth/auth.routes.js';
import { registerPasswordResetRoutes } from './auth/password-reset.routes.js';
import { registerCannedReplyRoutes } from './canned-replies/canned-replies.routes.js';
import { registerCompanyRoutes } from './companies/companies.routes.js';
import { DEFAULT_EMBEDDED_QUEUE } from './config/config.js';
import { registerContactRoutes } from './contacts/contacts.routes.js';
import { registerDashboardRoutes } from './dashboard/dashboard.routes.js';
import { registerEmailRoutes } from './email/emails.routes.js';
import { registerEstimateRoutes } from './estimates/estimates.routes.js';
import { registerHealthRoutes } from './health/health.routes.js';
import { registerHourBlockRoutes } from './hour-blocks/hour-blocks.routes.js';
import { registerAdmissionControl, registerClientGoneGuard } from './http/admission.plugin.js';
import { registerCompression } from './http/compression.js';
import { registerOriginCheck } from './http/csrf.js';
import { registerErrorHandler, sendProblem } from './http/error-handler.js';
import { completeOpenApiDocument } from './http/openapi/complete-document.js';
import { nulRefusingValidatorCompiler } from './http/refuse-nul.js';
import { responseSerializerCompiler } from './http/response-serializer.js';
import type { App } from './http/types.js';
import { registerInboundRoutes } from './inbound/inbound.routes.js';
import { registerInvitationRoutes } from './invitations/invitations.routes.js';
import { registerLedgerRoutes } from './ledger/ledger.routes.js';
import { registerLiveRoutes } from './live/live.routes.js';
import { registerMetricsEndpoint, registerRequestMetrics } from './metrics/metrics.routes.js';
import { registerNotificationPreferenceRoutes } from './notifications/notification-preferences.routes.js';
import { registerPackageRoutes } from './packages/packages.routes.js';
import { databaseRateLimitStore } from './rate-limits/database-rate-limit-store.js';
import { registerTicketRatingRoutes } from './ratings/ticket-ratings.routes.js';
import { registerSavedViewRoutes } from './saved-views/saved-views.routes.js';
import { registerSetupRoutes } from './setup/setup.routes.js';
import { registerSsoRoutes } from './sso/sso.routes.js';
import { registerStaffRoutes } from './staff/staff.routes.js';
import { registerStatementRoutes } from './statements/statements.routes.js';
import { registerTargetRoutes } from './targets/targets.routes.js';
import { registerTaskRoutes } from './tasks/tasks.routes.js';
import { registerTicketParticipantRoutes } from './ticket-participants/participants.routes.js';
import { registerTicketRoutes } from './tickets/tickets.routes.js';
import { registerEnrolmentGate } from './two-factor/enrolment-gate.js';
import { registerTwoFactorRoutes } from './two-factor/two-factor.routes.js';
import { registerUploadRoutes } from './uploads/uploads.routes.js';
import { registerEmailChangeRoutes } from './users/email-change.routes.js';
import { registerMeRoutes } from './users/me.routes.js';
import { registerWebhookRoutes } from './webhooks/webhooks.routes.js';

/** Pino options: structured logs with no cookies, passwords or tokens in them. */
export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return {
    level,
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
        '*.password',
        '*.passwordHash',
        '*.setupCode',
        '*.token',
      ],
      censor: '[redacted]',
    },
    serializers: {
      // Fastify's request fields, with one-time link tokens (reset, invitation, email change) cut from the path.
      req: (request: FastifyRequest) => ({
        method: request.method,
        url: redactLinkTokens(request.url),
        host: request.host,
        remoteAddress: request.ip,
        remotePort: request.socket?.remotePort,
      }),
    },
  };
}

/** A path with the token of a one-time link (or an SSO callback's code) replaced, for logs. */
export function redactLinkTokens(url: string): string {
  return (
    url
      .replace(
        /\/(reset-password|confirm-email|invitations?|rate|rating-links|estimate|estimate-links)\/[^/?#]+/g,
        '/$1/[redacted]',
      )
      // The identity provider's one-time code and state, on the way back from single sign-on.
      .replace(/^(\/api\/auth\/sso\/callback)\?.*$/, '$1?[redacted]')
  );
}

/** Builds the whole server (API and web app) from its dependencies; does not listen. */
export async function buildApp(
  deps: AppDeps,
  options: {
    logger?: FastifyServerOptions['logger'];
    /** Every response also encoded by zod and compared (the API tests; see response-serializer.ts). */
    checkResponsesAgainstZod?: boolean;
  } = {},
): Promise<App> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1024 * 1024,
    // A number of hops works at run time (proxy-addr) though Fastify's types leave it out.
    trustProxy: (deps.config.trustProxy ?? false) as FastifyServerOptions['trustProxy'],
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(nulRefusingValidatorCompiler);
  app.setSerializerCompiler(
    responseSerializerCompiler({ checkAgainstZod: options.checkResponsesAgainstZod ?? false }),
  );
  // The API speaks JSON (and multipart for uploads); anything else is a 415, not a string body.
  app.removeContentTypeParser('text/plain');
  registerErrorHandler(app);

  await registerCompression(app);
  const cookieSecret = deps.config.sessionSecret ?? deps.sessionKeys;
  if (!cookieSecret) throw new Error('no session secret: set SESSION_SECRET or give the key ring');
  await app.register(fastifyCookie, { secret: cookieSecret });
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        // Mantine sets styles inline; scripts come only from our own files.
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'upgrade-insecure-requests': deps.config.isHttps ? [] : null,
      },
    },
    strictTransportSecurity: deps.config.isHttps,
  });
  await app.register(fastifyRateLimit, {
    // PostgreSQL may serve several processes: they count together there. The embedded
    // database is one process's, whose memory is the cheaper counter.
    ...(deps.engine === 'postgres' ? { store: databaseRateLimitStore(deps.db) } : {}),
    max: deps.rateLimits.apiPerMinute,
    timeWindow: 60_000,
    allowList: (request) => !request.url.startsWith('/api/'),
  });
  await app.register(fastifyMultipart, {
    limits: { fileSize: deps.config.uploads.maxFileBytes, files: 1, fields: 0, parts: 1 },
  });
  await registerOpenApi(app);

  registerOriginCheck(app, deps.config);
  // Before the session lookup, which is the first database work of a request.
  const admission =
    deps.engine === 'pglite'
      ? registerAdmissionControl(app, deps.config.embeddedQueue ?? DEFAULT_EMBEDDED_QUEUE)
      : undefined;
  if (deps.metrics) {
    registerRequestMetrics(app, deps.metrics);
    deps.metrics.watch({ db: deps.db, live: deps.live, poolStats: deps.poolStats, admission });
    // On the public port only behind its token, and never when it has a port of its own.
    const publicToken = deps.config.metrics?.port ? undefined : deps.config.metrics?.token;
    if (publicToken) registerMetricsEndpoint(app, deps.metrics, publicToken);
  }
  registerClientGoneGuard(app);
  registerSessionResolver(app, deps);
  registerApiTokenUsage(app, deps);
  registerEnrolmentGate(app);

  registerHealthRoutes(app, deps);
  registerSetupRoutes(app, deps);
  registerAuthRoutes(app, deps);
  registerPasswordResetRoutes(app, deps);
  registerSsoRoutes(app, deps);
  registerTwoFactorRoutes(app, deps);
  registerMeRoutes(app, deps);
  registerEmailChangeRoutes(app, deps);
  registerCompanyRoutes(app, deps);
  registerUploadRoutes(app, deps);
  registerPackageRoutes(app, deps);
  registerHourBlockRoutes(app, deps);
  registerContactRoutes(app, deps);
  registerInvitationRoutes(app, deps);
  registerStaffRoutes(app, deps);
  registerAuditRoutes(app, deps);
  registerTicketRoutes(app, deps);
  registerTicketParticipantRoutes(app, deps);
  registerTaskRoutes(app, deps);
  registerEstimateRoutes(app, deps);
  registerLedgerRoutes(app, deps);
  registerStatementRoutes(app, deps);
  registerDashboardRoutes(app, deps);
  registerLiveRoutes(app, deps);
  registerEmailRoutes(app, deps);
  registerInboundRoutes(app, deps);
  registerNotificationPreferenceRoutes(app, deps);
  registerApiTokenRoutes(app, deps);
  registerWebhookRoutes(app, deps);
  registerCannedReplyRoutes(app, deps);
  registerSavedViewRoutes(app, deps);
  registerTicketRatingRoutes(app, deps);
  registerTargetRoutes(app, deps);

  await registerWebApp(app, deps.webRoot);
  return app;
}

async function registerOpenApi(app: App): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Aitima API',
        description:
          'Support portal API. Errors are application/problem+json (RFC 9457) with a stable `code`. ' +
          'State-changing requests need a same-origin Origin header.',
        version: '0.1.0',
        license: { name: 'Proprietary', url: 'https://aitima.example/license' },
      },
    },
    transform: jsonSchemaTransform,
    // Security, operationIds, problem answers and media types, for every route in one place.
    transformObject: (documentObject) =>
      'openapiObject' in documentObject
        ? completeOpenApiDocument(documentObject.openapiObject)
        : documentObject.swaggerObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
}

/** Serves the built single-page app, and index.html for any path that is not an API or file. */
async function registerWebApp(app: App, webRoot: string | undefined): Promise<void> {
  const hasWeb = webRoot !== undefined && existsSync(path.join(webRoot, 'index.html'));
  if (hasWeb) {
    // Hashed build assets never change under their name: cached for a year. Everything
    // else (index.html above all) is checked again on every load, so a deploy shows at once.
    await app.register(fastifyStatic, {
      root: webRoot,
      index: false,
      cacheControl: false,
      // dist/web has a .br and a .gz beside each file (scripts/build/precompress.mjs).
      preCompressed: true,
      setHeaders: (reply, filePath) => {
        const isAsset = filePath.includes(`${path.sep}assets${path.sep}`);
        reply.header('cache-control', isAsset ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    // The root is a folder to the static handler; it is the app's first page to people.
    // Handlers here send and return nothing: a returned reply is a thenable that Fastify
    // would await, adding a 'close' listener per await on the response.
    app.get('/', { schema: { hide: true } }, (_request, reply) => {
      reply.sendFile('index.html');
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const isPageRequest =
      request.method === 'GET' &&
      !request.url.startsWith('/api/') &&
      !path.extname(request.url.split('?')[0] ?? '');
    if (hasWeb && isPageRequest) {
      reply.sendFile('index.html');
      return;
    }
    sendProblem(
      reply,
      404,
      'not_found',
      `No route for ${request.method} ${request.url.split('?')[0]}`,
    );
  });
}
