import { z } from 'zod';
import { ROLES } from '../roles.js';

/**
 * The parts of the API a token's scopes name. Every API route belongs to one area
 * (src/server/api-tokens/token-areas.ts); a route in none refuses tokens.
 */
export const API_TOKEN_AREAS = [
  'tickets',
  'tasks',
  'hours',
  'statements',
  'companies',
  'packages',
  'administration',
] as const;
export type ApiTokenArea = (typeof API_TOKEN_AREAS)[number];

export const API_TOKEN_ACCESS = ['read', 'write'] as const;
export type ApiTokenAccess = (typeof API_TOKEN_ACCESS)[number];

/** `tickets:read`, `tickets:write` …; write implies read. */
export const API_TOKEN_SCOPES = API_TOKEN_AREAS.flatMap((area) =>
  API_TOKEN_ACCESS.map((access) => `${area}:${access}` as const),
);
export type ApiTokenScope = `${ApiTokenArea}:${ApiTokenAccess}`;
export const apiTokenScopeSchema = z.enum(API_TOKEN_SCOPES as [ApiTokenScope, ...ApiTokenScope[]]);

export const API_TOKEN_KINDS = ['personal', 'service'] as const;
export type ApiTokenKind = (typeof API_TOKEN_KINDS)[number];

/** Preset lifetimes offered by the forms; a date can be chosen instead. */
export const API_TOKEN_LIFETIME_DAYS = [30, 90, 365] as const;
/** No token lives longer than this: a leaked key must die on its own some day. */
export const API_TOKEN_MAX_DAYS = 366;

const expirySchema = z.union([
  z.object({ days: z.union([z.literal(30), z.literal(90), z.literal(365)]) }),
  z.object({ date: z.iso.date() }),
]);

const tokenFields = {
  name: z.string().trim().min(1, 'required').max(80, 'too_long'),
  scopes: z.array(apiTokenScopeSchema).min(1, 'required').max(API_TOKEN_SCOPES.length),
  expiry: expirySchema,
};

/**
 * «Νέο κλειδί». Proof that it is the user comes from a recent sign-in or
 * re-authentication (password or second factor), as for every sensitive change.
 */
export const createPersonalTokenRequestSchema = z.object(tokenFields);
export type CreatePersonalTokenRequest = z.infer<typeof createPersonalTokenRequestSchema>;

/**
 * A service token acts as one user (a contact of a company, or a staff user) with at
 * most `role`: e.g. a staff token acting as an admin but capped to agent.
 */
export const createServiceTokenRequestSchema = z.object({
  ...tokenFields,
  userId: z.uuid(),
  role: z.enum(ROLES),
});
export type CreateServiceTokenRequest = z.infer<typeof createServiceTokenRequestSchema>;

/** A token as lists show it: never its secret. */
export const apiTokenSchema = z.object({
  id: z.uuid(),
  kind: z.enum(API_TOKEN_KINDS),
  name: z.string(),
  /** The first characters of the secret, e.g. `aitima_pat_3fA9`, to recognise it. */
  prefix: z.string(),
  scopes: z.array(apiTokenScopeSchema),
  /** Whose rights it acts with, and with which role at most. */
  actsAs: z.object({ id: z.uuid(), name: z.string(), email: z.string() }),
  role: z.enum(ROLES),
  company: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  createdBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  /** To within a minute: use is recorded at most once a minute. */
  lastUsedAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
});
export type ApiTokenView = z.infer<typeof apiTokenSchema>;

export const apiTokenListSchema = z.object({ items: z.array(apiTokenSchema) });
export type ApiTokenList = z.infer<typeof apiTokenListSchema>;

/** The answer to a creation: the only time the secret is ever shown. */
export const createdApiTokenSchema = z.object({
  token: apiTokenSchema,
  secret: z.string(),
});
export type CreatedApiToken = z.infer<typeof createdApiTokenSchema>;

export const apiTokenIdParamsSchema = z.object({ id: z.uuid() });
