import type { z } from 'zod';
import type { changePasswordRequestSchema, updateMeRequestSchema } from '../../shared/api/users.js';
import { recordAudit } from '../audit/audit.repository.js';
import { changedFields } from '../audit/changes.js';
import type { SignedInUser } from '../auth/auth.service.js';
import { hashPassword, verifyPassword } from '../auth/password.js';
import { deleteUserSessions } from '../auth/sessions.repository.js';
import type { Database } from '../db/database.js';
import { AppError } from '../http/errors.js';
import type { RequestContext } from '../http/request-context.js';
import { findPasswordHash, type UserRow, updateUser } from './users.repository.js';

/** Changes one's own name, phone or language. */
export async function updateProfile(
  db: Database,
  signedIn: SignedInUser,
  patch: z.output<typeof updateMeRequestSchema>,
  context: RequestContext,
): Promise<UserRow> {
  return db.transaction(async (tx) => {
    const after = (await updateUser(tx, signedIn.user.id, patch))!;
    const changes = changedFields(signedIn.user, after, ['firstName', 'lastName', 'phone']);
    if (Object.keys(changes).length > 0) {
      await recordAudit(tx, {
        action: 'user.profile_updated',
        actorUserId: after.id,
        companyId: after.companyId,
        entityType: 'user',
        entityId: after.id,
        data: changes,
        ...context,
      });
    }
    return after;
  });
}

/** Changes one's own password after checking the current one; every other session ends. */
export async function changePassword(
  db: Database,
  signedIn: SignedInUser,
  request: z.output<typeof changePasswordRequestSchema>,
  context: RequestContext,
): Promise<void> {
  const currentHash = await findPasswordHash(db, signedIn.user.id);
  if (!(await verifyPassword(currentHash, request.currentPassword))) {
    throw new AppError(400, 'wrong_current_password', 'The current password is not right', [
      { field: 'currentPassword', code: 'invalid_value' },
    ]);
  }
  const passwordHash = await hashPassword(request.newPassword);
  await db.transaction(async (tx) => {
    await updateUser(tx, signedIn.user.id, { passwordHash });
    await deleteUserSessions(tx, signedIn.user.id, signedIn.sessionId);
    await recordAudit(tx, {
      action: 'user.password_changed',
      actorUserId: signedIn.user.id,
      companyId: signedIn.user.companyId,
      entityType: 'user',
      entityId: signedIn.user.id,
      ...context,
    });
  });
}
