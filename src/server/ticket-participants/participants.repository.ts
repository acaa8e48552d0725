import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { CUSTOMER_ROLES } from '../../shared/roles.js';
import type { Executor } from '../db/database.js';
import { ticketParticipants, users } from '../db/schema.js';

/**
 * The ids of a ticket's colleagues, as a column of the statement that loads the
 * ticket (found by the primary key's first column), so authorizing a colleague
 * costs no round trip of its own.
 */
export const participantIdsOf = (ticketId: AnyPgColumn) =>
  sql<
    string[]
  >`array(select ${ticketParticipants.userId}::text from ${ticketParticipants} where ${ticketParticipants.ticketId} = ${ticketId})`;

/** A ticket's colleagues with their names, in the order they were added. */
export async function listParticipants(db: Executor, ticketId: string) {
  return db
    .select({
      id: users.id,
      firstName: users.firstName,
      lastName: users.lastName,
      addedAt: ticketParticipants.addedAt,
    })
    .from(ticketParticipants)
    .innerJoin(users, eq(users.id, ticketParticipants.userId))
    .where(eq(ticketParticipants.ticketId, ticketId))
    .orderBy(asc(ticketParticipants.addedAt), asc(users.id));
}

/** Adds a colleague; false when they already were one (nothing changes then). */
export async function insertParticipant(
  db: Executor,
  values: { ticketId: string; userId: string; addedBy: string; addedAt: Date },
): Promise<boolean> {
  const inserted = await db
    .insert(ticketParticipants)
    .values(values)
    .onConflictDoNothing()
    .returning({ userId: ticketParticipants.userId });
  return inserted.length > 0;
}

/** Removes a colleague; false when they were not one. */
export async function deleteParticipant(
  db: Executor,
  ticketId: string,
  userId: string,
): Promise<boolean> {
  const deleted = await db
    .delete(ticketParticipants)
    .where(and(eq(ticketParticipants.ticketId, ticketId), eq(ticketParticipants.userId, userId)))
    .returning({ userId: ticketParticipants.userId });
  return deleted.length > 0;
}

/** The company's active customers (never staff), who may be added to its tickets. */
export async function listActiveCompanyPeople(db: Executor, companyId: string) {
  return db
    .select({ id: users.id, firstName: users.firstName, lastName: users.lastName })
    .from(users)
    .where(
      and(
        eq(users.companyId, companyId),
        eq(users.isActive, true),
        inArray(users.role, [...CUSTOMER_ROLES]),
      ),
    )
    .orderBy(asc(users.firstName), asc(users.lastName));
}

/** One active customer of the company, or undefined (another company's, staff, inactive, unknown). */
export async function findActiveCompanyPerson(db: Executor, companyId: string, userId: string) {
  const people = await db
    .select({ id: users.id, firstName: users.firstName, lastName: users.lastName })
    .from(users)
    .where(
      and(
        eq(users.id, userId),
        eq(users.companyId, companyId),
        eq(users.isActive, true),
        inArray(users.role, [...CUSTOMER_ROLES]),
      ),
    )
    .limit(1);
  return people[0];
}

/** The ids of a ticket's colleagues, for a ticket loaded without them (an emailed reply, a file). */
export async function findParticipantIds(db: Executor, ticketId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: ticketParticipants.userId })
    .from(ticketParticipants)
    .where(eq(ticketParticipants.ticketId, ticketId));
  return rows.map((row) => row.userId);
}
