import { recordAudit } from '../audit/audit.repository.js';
import type { SignedInUser } from '../auth/auth.service.js';
import { verifyPassword } from '../auth/password.js';
import { markSessionAuthenticated } from '../auth/sessions.repository.js';
import type { Database } from '../db/database.js';
import { AppError } from '../http/errors.js';
import type { RequestContext } from '../http/request-context.js';
import { verifySecondFactor } from './verify-factor.js';

export type ReauthenticationProof = { password: string } | { code: string };

/**
 * Proves again who the signed-in user is (password or a TOTP code), so that the
 * sensitive changes behind requireRecentAuthentication open for ten minutes.
 */
export async function reauthenticate(
  db: Database,
  secretKey: Buffer,
  signedIn: SignedInUser,
  proof: ReauthenticationProof,
  context: RequestContext,
): Promise<void> {
  const passed =
    'password' in proof
      ? await verifyPassword(signedIn.user.passwordHash, proof.password)
      : (await verifySecondFactor(db, secretKey, signedIn.user.id, proof)) !== null;
  const audit = {
    actorUserId: signedIn.user.id,
    companyId: signedIn.user.companyId,
    entityType: 'user',
    entityId: signedIn.user.id,
    data: { method: 'password' in proof ? 'password' : 'totp' },
    ...context,
  };
  if (!passed) {
    await recordAudit(db, { action: 'auth.reauthentication_failed', ...audit });
    const field = 'password' in proof ? 'password' : 'code';
    throw new AppError(400, 'reauthentication_failed', 'That is not right', [
      { field, code: 'invalid_value' },
    ]);
  }
  await markSessionAuthenticated(db, signedIn.sessionId, new Date());
  await recordAudit(db, { action: 'auth.reauthenticated', ...audit });
}
