import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { companies, users } from '../db/schema.js';
import type { UserRow } from '../users/users.repository.js';

/** The account behind a login address, with whether its company is archived: one query. */
export async function findLoginAccount(
  db: Executor,
  email: string,
): Promise<{ user: UserRow; companyArchivedAt: Date | null } | undefined> {
  const [row] = await db
    .select({ user: users, companyArchivedAt: companies.archivedAt })
    .from(users)
    .leftJoin(companies, eq(companies.id, users.companyId))
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`)
    .limit(1);
  return row;
}
