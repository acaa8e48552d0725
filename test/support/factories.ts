import { randomBytes } from 'node:crypto';
import { hashPassword } from '../../src/server/auth/password.js';
import { type CompanyRow, insertCompany } from '../../src/server/companies/companies.repository.js';
import type { Database } from '../../src/server/db/database.js';
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
