/**
 * Why a single sign-on attempt came back to the login page (`sso.errors.<code>`
 * in the locale files). Kept free of zod: the login page reads it.
 */
export const SSO_ERROR_CODES = [
  'not_configured',
  'failed',
  'email_unverified',
  'domain_not_allowed',
  'no_staff_account',
] as const;
export type SsoErrorCode = (typeof SSO_ERROR_CODES)[number];
