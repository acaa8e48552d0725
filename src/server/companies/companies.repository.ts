import { and, asc, eq, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { preparedStatement } from '../db/prepared-statements.js';
import { companies } from '../db/schema.js';

export type CompanyRow = typeof companies.$inferSelect;
export type NewCompanyRow = typeof companies.$inferInsert;

/** A company by its id (prepared: most screens about a company ask it first). */
export async function findCompanyById(db: Executor, id: string): Promise<CompanyRow | undefined> {
  const statement = preparedStatement(db, 'company-by-id', (name) =>
    db
      .select()
      .from(companies)
      .where(eq(companies.id, sql.placeholder('id')))
      .limit(1)
      .prepare(name),
  );
  const [row] = await statement.execute({ id });
  return row;
}

export async function insertCompany(db: Executor, values: NewCompanyRow): Promise<CompanyRow> {
  const [row] = await db.insert(companies).values(values).returning();
  return row!;
}

export async function updateCompany(
  db: Executor,
  id: string,
  values: Partial<NewCompanyRow>,
): Promise<CompanyRow | undefined> {
  const [row] = await db
    .update(companies)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(companies.id, id))
    .returning();
  return row;
}

/** Companies by name, for staff; `search` matches names and the VAT number. */
export async function listCompanies(
  db: Executor,
  filter: { search?: string; archived?: 'active' | 'archived' | 'all' } = {},
): Promise<CompanyRow[]> {
  const pattern = filter.search
    ? `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    : undefined;
  return db
    .select()
    .from(companies)
    .where(
      and(
        filter.archived === 'archived' ? isNotNull(companies.archivedAt) : undefined,
        (filter.archived ?? 'active') === 'active' ? isNull(companies.archivedAt) : undefined,
        pattern
          ? or(
              sql`${companies.legalName} ilike ${pattern}`,
              sql`${companies.tradeName} ilike ${pattern}`,
              sql`${companies.vatNumber} like ${pattern}`,
            )
          : undefined,
      ),
    )
    .orderBy(asc(companies.legalName));
}
