import { and, asc, count, desc, eq, ne } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { companies, users } from '../db/schema.js';
import type { UserRow } from '../users/users.repository.js';

/** A company's contacts: active ones first, then by name. */
export async function listCompanyContacts(db: Executor, companyId: string): Promise<UserRow[]> {
  return db
    .select()
    .from(users)
    .where(eq(users.companyId, companyId))
    .orderBy(desc(users.isActive), asc(users.firstName), asc(users.lastName));
}

/** Locks the company's row, so concurrent changes to its admins are checked one after another. */
export async function lockCompany(db: Executor, companyId: string): Promise<void> {
  await db
    .select({ id: companies.id })
    .from(companies)
    .where(eq(companies.id, companyId))
    .for('update');
}

/** Active company_admins of a company other than one user. */
export async function countOtherActiveCompanyAdmins(
  db: Executor,
  companyId: string,
  exceptUserId: string,
) {
  const [row] = await db
    .select({ value: count() })
    .from(users)
    .where(
      and(
        eq(users.companyId, companyId),
        eq(users.role, 'company_admin'),
        eq(users.isActive, true),
        ne(users.id, exceptUserId),
      ),
    );
  return row?.value ?? 0;
}
