import { and, count, desc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import { STAFF_ROLES } from '../../shared/roles.js';
import type { Executor } from '../db/database.js';
import { users } from '../db/schema.js';

export type UserRow = typeof users.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;
/** A user as every request carries it: without the password hash, read only where it is checked. */
export type SignedInUserRow = Omit<UserRow, 'passwordHash'>;

const { passwordHash: _passwordHash, ...columnsWithoutPassword } = getTableColumns(users);

/** A user's columns but the password hash, for reads that present or authorize. */
export const userColumnsWithoutPassword = () => columnsWithoutPassword;

/** The user's password hash (null before they set a password), to check a password against. */
export async function findPasswordHash(db: Executor, userId: string): Promise<string | null> {
  const [row] = await db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, userId));
  return row?.passwordHash ?? null;
}

/** Finds a user by email, whatever its case. */
export async function findUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`)
    .limit(1);
  return row;
}

export async function findUserById(db: Executor, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row;
}

export async function insertUser(db: Executor, values: NewUserRow): Promise<UserRow> {
  const [row] = await db.insert(users).values(values).returning();
  return row!;
}

export async function updateUser(
  db: Executor,
  id: string,
  values: Partial<Omit<NewUserRow, 'id' | 'createdAt'>>,
): Promise<UserRow | undefined> {
  const [row] = await db
    .update(users)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(users.id, id))
    .returning();
  return row;
}

/** How many active staff users exist; zero means the instance still needs its first admin. */
export async function countActiveStaff(db: Executor): Promise<number> {
  const [row] = await db
    .select({ value: count() })
    .from(users)
    .where(and(inArray(users.role, [...STAFF_ROLES]), eq(users.isActive, true)));
  return row?.value ?? 0;
}

/** Active staff members by name, e.g. to assign tickets to. */
export async function listActiveStaff(db: Executor): Promise<UserRow[]> {
  return db
    .select()
    .from(users)
    .where(and(inArray(users.role, [...STAFF_ROLES]), eq(users.isActive, true)))
    .orderBy(users.firstName, users.lastName);
}

/** Every staff member, active first. */
export async function listStaff(db: Executor): Promise<UserRow[]> {
  return db
    .select()
    .from(users)
    .where(inArray(users.role, [...STAFF_ROLES]))
    .orderBy(desc(users.isActive), users.firstName, users.lastName);
}

export async function countActiveAdmins(db: Executor): Promise<number> {
  const [row] = await db
    .select({ value: count() })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.isActive, true)));
  return row?.value ?? 0;
}
