import { eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { companies, packages, subscriptions, tasks, tickets, users } from '../db/schema.js';

/** What an audit entry is about, in words: a person's or company's name, a package, a task's ticket. */
export interface AuditEntityInfo {
  name: string;
  /** For a task: the number of the ticket it was done for, to link to. */
  ticketNumber: number | null;
}

export interface AuditEntityRef {
  entityType: string | null;
  entityId: string | null;
}

// A CSV export may name tens of thousands of entities; PostgreSQL takes at most 65,535
// parameters in one query.
const LOOKUP_CHUNK = 5000;

function chunksOf<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    chunks.push(items.slice(start, start + size));
  }
  return chunks;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function auditEntityKey(type: string, id: string): string {
  return `${type}:${id}`;
}

type Lookup = (db: Executor, ids: string[]) => Promise<{ id: string; info: AuditEntityInfo }[]>;

const named = (rows: { id: string; name: string }[]) =>
  rows.map(({ id, name }) => ({ id, info: { name, ticketNumber: null } }));

// One query per kind of thing, for the ids of one page of the log: names as they are
// now (a renamed company reads by its new name), and nothing for what no longer exists.
const LOOKUPS: Record<string, Lookup> = {
  user: async (db, ids) =>
    named(
      await db
        .select({ id: users.id, name: sql<string>`${users.firstName} || ' ' || ${users.lastName}` })
        .from(users)
        .where(inArray(users.id, ids)),
    ),
  company: async (db, ids) =>
    named(
      await db
        .select({
          id: companies.id,
          name: sql<string>`coalesce(${companies.tradeName}, ${companies.legalName})`,
        })
        .from(companies)
        .where(inArray(companies.id, ids)),
    ),
  package: async (db, ids) =>
    named(
      await db
        .select({ id: packages.id, name: packages.name })
        .from(packages)
        .where(inArray(packages.id, ids)),
    ),
  subscription: async (db, ids) =>
    named(
      await db
        .select({ id: subscriptions.id, name: packages.name })
        .from(subscriptions)
        .innerJoin(packages, eq(packages.id, subscriptions.packageId))
        .where(inArray(subscriptions.id, ids)),
    ),
  task: async (db, ids) =>
    (
      await db
        .select({ id: tasks.id, name: tasks.description, ticketNumber: tickets.number })
        .from(tasks)
        .innerJoin(tickets, eq(tickets.id, tasks.ticketId))
        .where(inArray(tasks.id, ids))
    ).map(({ id, name, ticketNumber }) => ({ id, info: { name, ticketNumber } })),
};

/** Names for the entities of some audit entries, keyed by `auditEntityKey`. */
export async function describeAuditEntities(
  db: Executor,
  entries: AuditEntityRef[],
): Promise<Map<string, AuditEntityInfo>> {
  const idsByType = new Map<string, Set<string>>();
  for (const { entityType, entityId } of entries) {
    if (!entityType || !entityId || !LOOKUPS[entityType] || !UUID.test(entityId)) continue;
    const ids = idsByType.get(entityType) ?? new Set<string>();
    ids.add(entityId);
    idsByType.set(entityType, ids);
  }
  const names = new Map<string, AuditEntityInfo>();
  for (const [type, ids] of idsByType) {
    for (const chunk of chunksOf([...ids], LOOKUP_CHUNK)) {
      for (const { id, info } of await LOOKUPS[type]!(db, chunk)) {
        names.set(auditEntityKey(type, id), info);
      }
    }
  }
  return names;
}
