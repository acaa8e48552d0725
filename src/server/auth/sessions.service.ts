import type { SessionList, SessionView } from '../../shared/api/sessions.js';
import { recordAudit } from '../audit/audit.repository.js';
import type { Database } from '../db/database.js';
import { notFound } from '../http/errors.js';
import type { RequestContext } from '../http/request-context.js';
import type { SignedInUser } from './auth.service.js';
import { describeDevice } from './device.js';
import {
  deleteSessionOfUser,
  deleteUserSessions,
  listLiveSessionsOfUser,
  type SessionRow,
} from './sessions.repository.js';

function presentSession(row: SessionRow, currentId: string): SessionView {
  return {
    id: row.id,
    isCurrent: row.id === currentId,
    ...describeDevice(row.userAgent),
    ip: row.ip,
    createdAt: row.createdAt.toISOString(),
    lastSeenAt: row.lastSeenAt.toISOString(),
  };
}

/** «Συνδεδεμένες συσκευές»: where the user is signed in now; only their own, ever. */
export async function listOwnSessions(db: Database, signedIn: SignedInUser): Promise<SessionList> {
  const rows = await listLiveSessionsOfUser(db, signedIn.user.id, new Date());
  return { items: rows.map((row) => presentSession(row, signedIn.sessionId)) };
}

const auditOf = (signedIn: SignedInUser, context: RequestContext) => ({
  actorUserId: signedIn.user.id,
  companyId: signedIn.user.companyId,
  entityType: 'user',
  entityId: signedIn.user.id,
  ...context,
});

/** Signs the user out of one of their devices (a 404 for anyone else's session). */
export async function endOwnSession(
  db: Database,
  signedIn: SignedInUser,
  id: string,
  context: RequestContext,
): Promise<void> {
  await db.transaction(async (tx) => {
    if (!(await deleteSessionOfUser(tx, signedIn.user.id, id))) throw notFound();
    await recordAudit(tx, {
      action: 'auth.session_ended',
      ...auditOf(signedIn, context),
      data: { current: id === signedIn.sessionId },
    });
  });
}

/** Signs the user out everywhere but here; says how many sessions ended. */
export async function endOtherSessions(
  db: Database,
  signedIn: SignedInUser,
  context: RequestContext,
): Promise<number> {
  return db.transaction(async (tx) => {
    const ended = await deleteUserSessions(tx, signedIn.user.id, signedIn.sessionId);
    if (ended > 0) {
      await recordAudit(tx, {
        action: 'auth.other_sessions_ended',
        ...auditOf(signedIn, context),
        data: { ended },
      });
    }
    return ended;
  });
}
