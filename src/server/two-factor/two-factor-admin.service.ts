import type { SecuritySettings } from '../../shared/api/two-factor.js';
import { recordAudit } from '../audit/audit.repository.js';
import type { Database, Executor } from '../db/database.js';
import { notFound } from '../http/errors.js';
import type { RequestContext } from '../http/request-context.js';
import type { Actor } from '../policies/actor.js';
import { authorize } from '../policies/authorize.js';
import { findUserById } from '../users/users.repository.js';
import {
  deleteAllPasskeys,
  deleteTotp,
  readRequireStaffTwoFactor,
  replaceRecoveryCodes,
  writeRequireStaffTwoFactor,
} from './two-factor.repository.js';

/**
 * An admin clears a person's second factors (a lost phone): the app, the passkeys
 * and the recovery codes. They log in with the password alone and set one up again.
 */
export async function resetSecondFactors(
  db: Database,
  actor: Actor,
  userId: string,
  context: RequestContext,
): Promise<void> {
  authorize(actor, 'two-factor.reset', null);
  await db.transaction(async (tx) => {
    const user = await findUserById(tx, userId);
    if (!user) throw notFound();
    const hadTotp = await deleteTotp(tx, user.id);
    const passkeysRemoved = await deleteAllPasskeys(tx, user.id);
    await replaceRecoveryCodes(tx, user.id, []);
    await recordAudit(tx, {
      action: 'two_factor.reset',
      actorUserId: actor.userId,
      companyId: user.companyId,
      entityType: 'user',
      entityId: user.id,
      data: { totp: hadTotp, passkeys: passkeysRemoved },
      ...context,
    });
  });
}

export async function readSecuritySettings(db: Executor, actor: Actor): Promise<SecuritySettings> {
  authorize(actor, 'security-settings.manage', null);
  return { requireStaffTwoFactor: await readRequireStaffTwoFactor(db) };
}

/** «Υποχρεωτική διπλή επαλήθευση για το προσωπικό»: on or off, audited. */
export async function updateSecuritySettings(
  db: Database,
  actor: Actor,
  settings: SecuritySettings,
  context: RequestContext,
): Promise<SecuritySettings> {
  authorize(actor, 'security-settings.manage', null);
  await db.transaction(async (tx) => {
    await writeRequireStaffTwoFactor(tx, settings.requireStaffTwoFactor);
    await recordAudit(tx, {
      action: 'settings.security_updated',
      actorUserId: actor.userId,
      data: { requireStaffTwoFactor: settings.requireStaffTwoFactor },
      ...context,
    });
  });
  return settings;
}
