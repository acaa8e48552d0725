import type { AuditAction } from '../../shared/api/audit.js';
import type { Executor } from '../db/database.js';
import { auditEntries } from '../db/schema.js';

/** An entry to record: only actions the web app knows how to word (AUDIT_ACTIONS). */
export type NewAuditEntry = Omit<typeof auditEntries.$inferInsert, 'action'> & {
  action: AuditAction;
};

/** Appends one entry to the audit log; call it inside the transaction of the change. */
export async function recordAudit(db: Executor, entry: NewAuditEntry): Promise<void> {
  await db.insert(auditEntries).values(entry);
}
