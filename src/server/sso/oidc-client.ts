import { createHash } from 'node:crypto';
import * as oidc from 'openid-client';
import { isLoopbackHost } from '../../shared/api/sso.js';
import { isEmailVouchedFor } from './email-vouching.js';
import type { ActiveSso } from './sso-settings.service.js';

// Discovery documents, per provider and client, for an hour; a failed one is not kept.
const DISCOVERY_TTL_MS = 60 * 60 * 1000;
const discovered = new Map<string, { at: number; configuration: Promise<oidc.Configuration> }>();

/**
 * The provider's configuration from its discovery document (issuer URL +
 * /.well-known/openid-configuration). Plain HTTP only for a provider on this
 * machine (tests, development); anything else must be HTTPS.
 */
export function providerConfiguration(sso: ActiveSso): Promise<oidc.Configuration> {
  const key = createHash('sha256')
    .update(JSON.stringify([sso.issuerUrl, sso.clientId, sso.clientSecret]))
    .digest('hex');
  const cached = discovered.get(key);
  if (cached && Date.now() - cached.at < DISCOVERY_TTL_MS) return cached.configuration;
  if (discovered.size > 20) discovered.clear();
  const issuer = new URL(sso.issuerUrl);
  const allowHttp = issuer.protocol === 'http:' && isLoopbackHost(issuer.hostname);
  const configuration = oidc.discovery(
    issuer,
    sso.clientId,
    sso.clientSecret,
    undefined,
    allowHttp ? { execute: [oidc.allowInsecureRequests], timeout: 10 } : { timeout: 10 },
  );
  discovered.set(key, { at: Date.now(), configuration });
  configuration.catch(() => discovered.delete(key));
  return configuration;
}

/** What the browser keeps between leaving for the provider and coming back. */
export interface SsoChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** The provider's sign-in address for a new attempt (code flow, PKCE S256, state, nonce). */
export async function startAuthorization(
  configuration: oidc.Configuration,
  redirectUri: string,
): Promise<{ url: URL; checks: SsoChecks }> {
  const checks = {
    state: oidc.randomState(),
    nonce: oidc.randomNonce(),
    codeVerifier: oidc.randomPKCECodeVerifier(),
  };
  const url = oidc.buildAuthorizationUrl(configuration, {
    redirect_uri: redirectUri,
    scope: 'openid email profile',
    response_type: 'code',
    code_challenge: await oidc.calculatePKCECodeChallenge(checks.codeVerifier),
    code_challenge_method: 'S256',
    state: checks.state,
    nonce: checks.nonce,
  });
  return { url, checks };
}

/** The person's email claims, as the provider vouches for them. */
export interface SsoIdentity {
  subject: string;
  email: string | undefined;
  emailVerified: boolean;
}

/**
 * Exchanges the code the provider sent back (state, nonce and PKCE checked, the
 * ID token's signature and audience verified by openid-client); the email comes
 * from the ID token, or from the userinfo endpoint when the token leaves it out.
 */
export async function finishAuthorization(
  configuration: oidc.Configuration,
  callbackUrl: URL,
  checks: SsoChecks,
): Promise<SsoIdentity> {
  const tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, {
    pkceCodeVerifier: checks.codeVerifier,
    expectedState: checks.state,
    expectedNonce: checks.nonce,
    idTokenExpected: true,
  });
  const claims = tokens.claims();
  if (!claims) throw new Error('The provider sent no ID token');
  let email = claims.email;
  let vouching: { email_verified?: unknown; xms_edov?: unknown } = {
    email_verified: claims.email_verified,
    xms_edov: claims.xms_edov,
  };
  if (typeof email !== 'string') {
    const info = await oidc.fetchUserInfo(configuration, tokens.access_token, claims.sub);
    email = info.email;
    // Entra's xms_edov is an ID-token claim only; userinfo speaks for email_verified.
    vouching = { email_verified: info.email_verified, xms_edov: claims.xms_edov };
  }
  return {
    subject: claims.sub,
    email: typeof email === 'string' ? email.toLowerCase() : undefined,
    // The issuer the ID token was checked against (openid-client compares `iss` to it).
    emailVerified: isEmailVouchedFor(vouching, configuration.serverMetadata().issuer),
  };
}
