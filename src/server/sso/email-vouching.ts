/**
 * Whether an identity provider vouches for a person's email address, from the claims
 * of their ID token (or userinfo).
 *
 * Most providers (Google Workspace, Keycloak, Okta…) send `email_verified`. Microsoft
 * Entra ID does not send it for work accounts: an address there is set by the tenant's
 * administrators, not confirmed by mail. What Entra can send instead is the optional
 * ID-token claim `xms_edov` ("email domain owner verified"), true when the domain of
 * the address is a domain the tenant has proven it owns. The admin adds it in the app
 * registration (Token configuration → Add optional claim → ID → `email`, `xms_edov`).
 *
 * So `xms_edov: true` stands for `email_verified` only when all of these hold:
 * - the token carries no `email_verified` at all (an explicit `false` always wins);
 * - the configured issuer is Entra's for ONE tenant
 *   (https://login.microsoftonline.com/{tenant id}/v2.0): the ID token's `iss` is
 *   checked against it by openid-client, so only that company's tenant can sign
 *   people in, never another tenant that made up an address in a domain it does
 *   not own (the reason multi-tenant `common`/`organizations` issuers are refused);
 * - the claim is the boolean `true` (anything else is not a promise).
 * The admin's allowed domains, when set, still apply after this (sso-login.service.ts).
 */
export function isEmailVouchedFor(
  claims: { email_verified?: unknown; xms_edov?: unknown },
  issuerUrl: string,
): boolean {
  if (claims.email_verified !== undefined) return claims.email_verified === true;
  return isSingleTenantEntraIssuer(issuerUrl) && claims.xms_edov === true;
}

const TENANT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** https://login.microsoftonline.com/{tenant GUID}/v2.0 (the issuer of one Entra tenant). */
export function isSingleTenantEntraIssuer(issuerUrl: string): boolean {
  if (!URL.canParse(issuerUrl)) return false;
  const url = new URL(issuerUrl);
  const [tenant, version, ...rest] = url.pathname.split('/').filter(Boolean);
  return (
    url.protocol === 'https:' &&
    url.host === 'login.microsoftonline.com' &&
    TENANT_ID.test(tenant ?? '') &&
    version === 'v2.0' &&
    rest.length === 0
  );
}
