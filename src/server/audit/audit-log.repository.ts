import { and, count, desc, eq, gte, like, lt, or, type SQL, sql } from 'drizzle-orm';
import { addDays } from '../../shared/hours/calendar-date.js';
import { DEFAULT_TIME_ZONE } from '../../shared/hours/hours.types.js';
import { localMidnight } from '../../shared/hours/time-zone.js';
import type { Executor } from '../db/database.js';
import { apiTokens, auditEntries, companies, users } from '../db/schema.js';

export interface AuditFilter {
  companyId?: string;
  userId?: string;
  action?: string;
  /** Inclusive 'YYYY-MM-DD', days in Europe/Athens. */
  from?: string;
  to?: string;
}

// The audit log is read by people in Athens: a day is a day there, DST included.
// The audit log is the support company's own: its days are cut on the default clock.
const AUDIT_TIME_ZONE = DEFAULT_TIME_ZONE;

function conditions(filter: AuditFilter): SQL | undefined {
  return and(
    filter.companyId ? eq(auditEntries.companyId, filter.companyId) : undefined,
    filter.userId ? eq(auditEntries.actorUserId, filter.userId) : undefined,
    filter.action
      ? or(
          eq(auditEntries.action, filter.action),
          like(auditEntries.action, `${filter.action.replace(/[\\%_]/g, '')}.%`),
        )
      : undefined,
    filter.from
      ? gte(auditEntries.createdAt, localMidnight(filter.from, AUDIT_TIME_ZONE))
      : undefined,
    filter.to
      ? lt(auditEntries.createdAt, localMidnight(addDays(filter.to, 1), AUDIT_TIME_ZONE))
      : undefined,
  );
}

const entryColumns = {
  entry: auditEntries,
  actor: { id: users.id, firstName: users.firstName, lastName: users.lastName, email: users.email },
  company: {
    id: companies.id,
    name: sql<string>`coalesce(${companies.tradeName}, ${companies.legalName})`,
  },
  apiToken: { id: apiTokens.id, name: apiTokens.name },
};

/** A page of the audit log, newest first, with who and which company. */
export async function listAuditEntries(
  db: Executor,
  filter: AuditFilter,
  page: { limit: number; offset: number },
) {
  const where = conditions(filter);
  const [items, [total]] = await Promise.all([
    db
      .select(entryColumns)
      .from(auditEntries)
      .leftJoin(users, eq(users.id, auditEntries.actorUserId))
      .leftJoin(companies, eq(companies.id, auditEntries.companyId))
      .leftJoin(apiTokens, eq(apiTokens.id, auditEntries.apiTokenId))
      .where(where)
      .orderBy(desc(auditEntries.createdAt), desc(auditEntries.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ value: count() }).from(auditEntries).where(where),
  ]);
  return { items, total: total?.value ?? 0 };
}

export type AuditEntryRow = Awaited<ReturnType<typeof listAuditEntries>>['items'][number];
