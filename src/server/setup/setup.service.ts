import { sql } from 'drizzle-orm';
import type { SetupRequest } from '../../shared/api/auth.js';
import { recordAudit } from '../audit/audit.repository.js';
import { startSession } from '../auth/auth.service.js';
import { hashPassword } from '../auth/password.js';
import type { Database } from '../db/database.js';
import { AppError, conflict } from '../http/errors.js';
import type { RequestContext } from '../http/request-context.js';
import { countActiveStaff, findUserByEmail, insertUser } from '../users/users.repository.js';
import type { SetupCodeStore } from './setup-code.js';

// Held for the length of the setup transaction, so two simultaneous setups cannot both create an admin.
const SETUP_LOCK_KEY = 7_301_912;

/** True while the instance has no active staff user, and so needs its first admin. */
export async function needsSetup(db: Database): Promise<boolean> {
  return (await countActiveStaff(db)) === 0;
}

/** Creates the first admin, once, for someone who knows the setup code; returns a session token. */
export async function completeSetup(
  db: Database,
  request: SetupRequest,
  setupCode: SetupCodeStore,
  context: RequestContext,
  sessionDays: number,
): Promise<string> {
  const passwordHash = await hashPassword(request.password);
  const token = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SETUP_LOCK_KEY})`);
    if ((await countActiveStaff(tx)) > 0) {
      throw conflict('setup_done', 'This instance already has an administrator');
    }
    if (!setupCode.matches(request.setupCode)) {
      throw new AppError(403, 'invalid_setup_code', 'The setup code is not right', [
        { field: 'setupCode', code: 'invalid_setup_code' },
      ]);
    }
    if (await findUserByEmail(tx, request.email)) {
      throw conflict('email_taken', 'A user with this email exists');
    }
    const admin = await insertUser(tx, {
      email: request.email,
      passwordHash,
      firstName: request.firstName,
      lastName: request.lastName,
      role: 'admin',
    });
    await recordAudit(tx, {
      action: 'setup.completed',
      actorUserId: admin.id,
      entityType: 'user',
      entityId: admin.id,
      data: { email: admin.email },
      ...context,
    });
    return startSession(tx, admin.id, context, { sessionDays });
  });
  await setupCode.consume();
  return token;
}
