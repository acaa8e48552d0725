import type { SsoSettingsInput, SsoSettingsView } from '../../shared/api/sso.js';
import { ssoSettingsInputSchema } from '../../shared/api/sso.js';
import { recordAudit } from '../audit/audit.repository.js';
import type { Config } from '../config/config.js';
import type { Database, Executor } from '../db/database.js';
import { AppError, invalid } from '../http/errors.js';
import type { RequestContext } from '../http/request-context.js';
import { decryptSecret, encryptSecret } from '../inbound/mailbox-secret.js';
import type { Actor } from '../policies/actor.js';
import { findSsoSettings, saveSsoSettings } from './sso-settings.repository.js';

/** The identity provider staff sign in with, ready to use (secret decrypted). */
export interface ActiveSso {
  issuerUrl: string;
  clientId: string;
  clientSecret: string;
  buttonLabel: string;
  allowedDomains: string[];
}

/** Where the identity provider sends people back: to register there as the redirect URI. */
export const ssoRedirectUri = (config: Config) => `${config.publicUrl}/api/auth/sso/callback`;

/**
 * The provider in use: the OIDC_* variables when set (an operator's choice wins),
 * else what an admin saved and left enabled; undefined when there is none.
 */
export async function activeSso(db: Executor, config: Config): Promise<ActiveSso | undefined> {
  if (config.sso) return config.sso;
  const row = await findSsoSettings(db);
  if (!row?.isEnabled) return undefined;
  return {
    issuerUrl: row.issuerUrl,
    clientId: row.clientId,
    clientSecret: decryptSecret(config.inbound.secretKey, row.clientSecretEncrypted),
    buttonLabel: row.buttonLabel,
    allowedDomains: row.allowedDomains,
  };
}

/** The settings for the console; the secret never leaves the server. */
export async function describeSsoSettings(db: Executor, config: Config): Promise<SsoSettingsView> {
  const redirectUri = ssoRedirectUri(config);
  if (config.sso) {
    const { clientSecret: _secret, ...shown } = config.sso;
    return { source: 'environment', ...shown, hasClientSecret: true, isEnabled: true, redirectUri };
  }
  const row = await findSsoSettings(db);
  if (!row) {
    return {
      source: 'none',
      issuerUrl: null,
      clientId: null,
      hasClientSecret: false,
      buttonLabel: null,
      allowedDomains: [],
      isEnabled: false,
      redirectUri,
    };
  }
  return {
    source: 'console',
    issuerUrl: row.issuerUrl,
    clientId: row.clientId,
    hasClientSecret: true,
    buttonLabel: row.buttonLabel,
    allowedDomains: row.allowedDomains,
    isEnabled: row.isEnabled,
    redirectUri,
  };
}

/** Saves an admin's settings; the secret is encrypted, and kept when left empty. Audited without it. */
export async function updateSsoSettings(
  db: Database,
  config: Config,
  actor: Actor,
  input: SsoSettingsInput,
  context: RequestContext,
): Promise<void> {
  if (config.sso) {
    throw new AppError(409, 'sso_from_environment', 'Single sign-on is set by OIDC_* variables');
  }
  const settings = ssoSettingsInputSchema.parse(input);
  await db.transaction(async (tx) => {
    const existing = await findSsoSettings(tx);
    const secret = settings.clientSecret?.trim();
    if (!secret && !existing) throw invalid('clientSecret', 'required');
    await saveSsoSettings(tx, {
      issuerUrl: settings.issuerUrl,
      clientId: settings.clientId,
      clientSecretEncrypted: secret
        ? encryptSecret(config.inbound.secretKey, secret)
        : (existing?.clientSecretEncrypted ?? ''),
      buttonLabel: settings.buttonLabel,
      allowedDomains: [...new Set(settings.allowedDomains)],
      isEnabled: settings.isEnabled,
      updatedByUserId: actor.userId,
    });
    await recordAudit(tx, {
      action: 'auth.sso_settings_updated',
      actorUserId: actor.userId,
      companyId: null,
      data: {
        issuerUrl: settings.issuerUrl,
        clientId: settings.clientId,
        secretChanged: !!secret,
        allowedDomains: settings.allowedDomains,
        isEnabled: settings.isEnabled,
      },
      ...context,
    });
  });
}
