import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Role } from '../../shared/roles.js';

/*
 * Columns of the queue's own statement (issue 14): how long a customer has waited
 * and who wrote last. Both read columns the ticket carries (thread-columns.ts):
 * walking each listed ticket's messages cost the queue's statement about 40 %.
 */

/**
 * Since when the customer has waited for staff (the stored column; see
 * thread-columns.ts), shown only while the ticket is not closed.
 */
export function waitingSinceOfTicket(status: AnyPgColumn, waitingSince: AnyPgColumn) {
  return sql<Date | null>`(case when ${status} <> 'closed' then ${waitingSince} end)`.mapWith(
    (value: Date | string | null) => (value === null ? null : new Date(value)),
  );
}

/** The author and time of a ticket's latest public message, as the list reads it. */
export interface LastReplyRow {
  at: Date;
  firstName: string;
  lastName: string;
  role: Role;
}

/**
 * The latest public message's author and time, one JSON value (null: no message
 * yet): the stored columns, with the author's name by the users' primary key.
 */
export function lastReplyOfTicket(
  at: AnyPgColumn,
  authorId: AnyPgColumn,
): SQL<LastReplyRow | null> {
  return sql`(
    select json_build_object('at', ${at}, 'firstName', lu.first_name,
      'lastName', lu.last_name, 'role', lu.role)
    from users lu where lu.id = ${authorId}
  )`.mapWith(readLastReply);
}

/** The drivers hand json back parsed (pg, PGlite); text is parsed here in case one does not. */
function readLastReply(value: unknown): LastReplyRow | null {
  if (value === null || value === undefined) return null;
  const parsed = (typeof value === 'string' ? JSON.parse(value) : value) as Record<string, string>;
  return {
    at: new Date(parsed.at!),
    firstName: parsed.firstName!,
    lastName: parsed.lastName!,
    role: parsed.role as Role,
  };
}
