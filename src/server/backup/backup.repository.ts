import { sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';

/** The rows of a raw statement: PGlite and node-postgres both answer `{ rows }`. */
async function rowsOf<Row>(db: Database, query: ReturnType<typeof sql>): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as { rows: Row[] };
  return result.rows;
}

/** What a backup holds, counted the same way before and after a restore. */
export interface BackupCounts {
  companies: number;
  users: number;
  tickets: number;
  messages: number;
  tasks: number;
  attachments: number;
  ledgerEntries: number;
  /** The sum of every ledger line: the hours figures are sums of it. */
  ledgerMinutes: number;
}

/** One statement, so the counts are of one moment. */
export async function countBackupContents(db: Database): Promise<BackupCounts> {
  const [row] = await rowsOf<Record<keyof BackupCounts, string | number>>(
    db,
    sql`
    select
      (select count(*) from companies) as "companies",
      (select count(*) from users) as "users",
      (select count(*) from tickets) as "tickets",
      (select count(*) from messages) as "messages",
      (select count(*) from tasks) as "tasks",
      (select count(*) from attachments) as "attachments",
      (select count(*) from ledger_entries) as "ledgerEntries",
      (select coalesce(sum(minutes), 0) from ledger_entries) as "ledgerMinutes"`,
  );
  if (!row) throw new Error('the counts query returned no row');
  return Object.fromEntries(
    Object.entries(row).map(([name, value]) => [name, Number(value)]),
  ) as unknown as BackupCounts;
}

/** How many migrations the database has applied (Drizzle's own table), 0 when none. */
export async function appliedMigrationCount(db: Database): Promise<number> {
  const [exists] = await rowsOf<{ present: boolean }>(
    db,
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as "present"`,
  );
  if (!exists?.present) return 0;
  const [row] = await rowsOf<{ applied: string | number }>(
    db,
    sql`select count(*) as "applied" from drizzle.__drizzle_migrations`,
  );
  return Number(row?.applied ?? 0);
}

/** Tables in the app's schema or Drizzle's: none means a database never migrated. */
export async function countTables(db: Database): Promise<number> {
  const [row] = await rowsOf<{ tables: string | number }>(
    db,
    sql`select count(*) as "tables" from information_schema.tables
        where table_schema in ('public', 'drizzle')`,
  );
  return Number(row?.tables ?? 0);
}
