import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { companies } from '../db/schema.js';

export type CompanyRow = typeof companies.$inferSelect;
export type NewCompanyRow = typeof companies.$inferInsert;

export async function findCompanyById(db: Executor, id: string): Promise<CompanyRow | undefined> {
  const [row] = await db.select().from(companies).where(eq(companies.id, id)).limit(1);
  return row;
}

export async function insertCompany(db: Executor, values: NewCompanyRow): Promise<CompanyRow> {
  const [row] = await db.insert(companies).values(values).returning();
  return row!;
}

/** All companies by name, for staff. */
export async function listCompanies(db: Executor): Promise<CompanyRow[]> {
  return db.select().from(companies).orderBy(asc(companies.legalName));
}
