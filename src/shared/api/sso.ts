import { z } from 'zod';

export { SSO_ERROR_CODES, type SsoErrorCode } from '../sso-errors.js';

/** Whether the login page shows «Σύνδεση με …», and its label. */
export const ssoLoginOptionSchema = z.object({
  enabled: z.boolean(),
  label: z.string().nullable(),
});
export type SsoLoginOption = z.infer<typeof ssoLoginOptionSchema>;

/** Loopback addresses, where a test or local identity provider may speak plain HTTP. */
export const isLoopbackHost = (host: string) =>
  host === 'localhost' || host === '127.0.0.1' || host === '[::1]';

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** What an admin sets in «Κονσόλα» → «Σύνδεση με πάροχο» (the secret is kept when left empty). */
export const ssoSettingsInputSchema = z.object({
  issuerUrl: z
    .url('invalid_url')
    .max(500, 'too_long')
    // zod runs refinements after a failed format check too: parse only what parses.
    .refine((value) => {
      if (!URL.canParse(value)) return false;
      const url = new URL(value);
      return (
        url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname))
      );
    }, 'invalid_url'),
  // NUL is refused for every route before its schema (src/server/http/refuse-nul.ts).
  clientId: z.string().trim().min(1, 'required').max(500, 'too_long'),
  clientSecret: z.string().max(2000, 'too_long').optional(),
  buttonLabel: z.string().trim().min(1, 'required').max(60, 'too_long'),
  allowedDomains: z
    .array(
      z
        .string()
        .trim()
        .toLowerCase()
        .refine((value) => DOMAIN.test(value), 'invalid_value'),
    )
    .max(50, 'too_big')
    .default([]),
  isEnabled: z.boolean().default(true),
});
export type SsoSettingsInput = z.input<typeof ssoSettingsInputSchema>;

/** The settings as the console shows them: never the secret, only whether there is one. */
export const ssoSettingsSchema = z.object({
  source: z.enum(['none', 'console', 'environment']),
  issuerUrl: z.string().nullable(),
  clientId: z.string().nullable(),
  hasClientSecret: z.boolean(),
  buttonLabel: z.string().nullable(),
  allowedDomains: z.array(z.string()),
  isEnabled: z.boolean(),
  /** The address to register at the identity provider as the redirect URI. */
  redirectUri: z.string(),
});
export type SsoSettingsView = z.infer<typeof ssoSettingsSchema>;
