import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { hashPassword } from '../../src/server/auth/password.js';
import { type CompanyRow, insertCompany } from '../../src/server/companies/companies.repository.js';
import type { Database } from '../../src/server/db/database.js';
import { packages, subscriptions, tasks } from '../../src/server/db/schema.js';
import {
  insertUser,
  type NewUserRow,
  type UserRow,
} from '../../src/server/users/users.repository.js';
import type { Role } from '../../src/shared/roles.js';

export const TEST_PASSWORD = 'correct horse battery';

const unique = () => randomBytes(4).toString('hex');

/** A customer company with a unique name. */
export function createCompany(db: Database, values: Partial<CompanyRow> = {}): Promise<CompanyRow> {
  return insertCompany(db, { legalName: `Εταιρεία ${unique()} Α.Ε.`, ...values });
}

// Hashing is the slow part of making users; every test user shares one password and one hash.
let sharedHash: Promise<string> | undefined;

/** A user of the given role (customers need a companyId) who can log in with TEST_PASSWORD. */
export async function createUser(
  db: Database,
  role: Role,
  values: Partial<NewUserRow> = {},
): Promise<UserRow> {
  sharedHash ??= hashPassword(TEST_PASSWORD);
  return insertUser(db, {
    email: `${role}-${unique()}@example.test`,
    passwordHash: await sharedHash,
    firstName: 'Μαρία',
    lastName: 'Παπαδοπούλου',
    role,
    ...values,
  });
}

/** A company with one company_admin and one member. */
export async function createCustomer(db: Database) {
  const company = await createCompany(db);
  const admin = await createUser(db, 'company_admin', { companyId: company.id });
  const member = await createUser(db, 'member', { companyId: company.id });
  return { company, admin, member };
}

/** A package in the catalog and a subscription of the company to it, active from a date. */
export async function createSubscription(
  db: Database,
  companyId: string,
  values: {
    name?: string;
    hoursPerPeriod?: number;
    startDate?: string;
    endDate?: string | null;
    billingIncrementMinutes?: number;
  } = {},
) {
  const [pkg] = await db
    .insert(packages)
    .values({
      name: values.name ?? `Support ${unique()}`,
      hoursPerPeriod: values.hoursPerPeriod ?? 10,
      periodKind: 'monthly',
      billingIncrementMinutes: values.billingIncrementMinutes ?? 15,
    })
    .returning();
  const [subscription] = await db
    .insert(subscriptions)
    .values({
      companyId,
      packageId: pkg!.id,
      startDate: values.startDate ?? '2020-01-01',
      endDate: values.endDate ?? null,
    })
    .returning();
  return { package: pkg!, subscription: subscription! };
}

/**
 * Moves a task's start back (keeping a finished task's duration), as if it had
 * been started then: a running task started "7 minutes ago" without a 7-minute test.
 */
export async function backdateTask(db: Database, taskId: string, startedAt: Date): Promise<void> {
  const [task] = await db.select().from(tasks).where(eq(tasks.id, taskId));
  if (!task) throw new Error(`no task ${taskId}`);
  const endedAt =
    task.endedAt &&
    new Date(startedAt.getTime() + task.endedAt.getTime() - task.startedAt.getTime());
  await db.update(tasks).set({ startedAt, endedAt }).where(eq(tasks.id, taskId));
}
