import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Role } from '../../shared/roles.js';

/*
 * Columns of the queue's own statement (issue 14): how long a customer has waited
 * and who wrote last. Each is a correlated subquery that walks one ticket's public
 * messages through messages_ticket_idx (ticket_id, created_at), so a page of 25
 * rows reads a few index entries per row and the list stays one statement.
 */

/**
 * Since when the customer has waited for staff: their first public message after
 * the last public staff message (null when staff spoke last, or the ticket is closed).
 */
export function waitingSinceOfTicket(ticketId: AnyPgColumn, status: AnyPgColumn) {
  return sql<Date | null>`(case when ${status} <> 'closed' then (
    select min(cm.created_at) from messages cm
      join users cu on cu.id = cm.author_id and cu.role in ('company_admin', 'member')
    where cm.ticket_id = ${ticketId} and not cm.is_internal
      and cm.created_at > coalesce((
        select max(sm.created_at) from messages sm
          join users su on su.id = sm.author_id and su.role in ('admin', 'agent')
        where sm.ticket_id = ${ticketId} and not sm.is_internal
      ), '-infinity'::timestamptz)
  ) end)`.mapWith((value: Date | string | null) => (value === null ? null : new Date(value)));
}

/** The author and time of a ticket's latest public message, as the list reads it. */
export interface LastReplyRow {
  at: Date;
  firstName: string;
  lastName: string;
  role: Role;
}

/** The latest public message's author and time, one JSON value (null: no message yet). */
export function lastReplyOfTicket(ticketId: AnyPgColumn): SQL<LastReplyRow | null> {
  return sql`(
    select json_build_object('at', lm.created_at, 'firstName', lu.first_name,
      'lastName', lu.last_name, 'role', lu.role)
    from messages lm join users lu on lu.id = lm.author_id
    where lm.ticket_id = ${ticketId} and not lm.is_internal
    order by lm.created_at desc limit 1
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
