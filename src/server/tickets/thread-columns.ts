import { type SQL, sql } from 'drizzle-orm';
import { isStaffRole } from '../../shared/roles.js';
import type { Executor } from '../db/database.js';
import type { Actor } from '../policies/actor.js';

/**
 * The ticket's thread columns after a public message by `author` at `now` (never an
 * internal note): it is the latest, and the customer waits from their first message
 * after staff's last one until staff answer. Written in the UPDATE (or INSERT) the
 * message's ticket gets anyway, so a reply still updates its ticket once.
 */
export function threadColumnsAfterPublicMessage(
  author: Pick<Actor, 'userId' | 'role'>,
  now: Date,
  waitingSince: Date | null,
) {
  return {
    lastPublicMessageAt: now,
    lastPublicAuthorId: author.userId,
    customerWaitingSince: isStaffRole(author.role) ? null : (waitingSince ?? now),
  };
}

/**
 * The same columns worked out from the messages themselves, for tickets written
 * without the services (the demo and the bench seeds, and migration 0027's backfill,
 * which holds a copy of this SQL): `where` picks the tickets (SQL on `tickets`).
 */
export async function recomputeThreadColumns(db: Executor, where: SQL): Promise<void> {
  await db.execute(sql`
    update tickets set
      last_public_message_at = (select m.created_at from messages m
        where m.ticket_id = tickets.id and not m.is_internal
        order by m.created_at desc, m.id desc limit 1),
      last_public_author_id = (select m.author_id from messages m
        where m.ticket_id = tickets.id and not m.is_internal
        order by m.created_at desc, m.id desc limit 1),
      customer_waiting_since = (select min(cm.created_at) from messages cm
        join users cu on cu.id = cm.author_id and cu.role in ('company_admin', 'member')
        where cm.ticket_id = tickets.id and not cm.is_internal
          and cm.created_at > coalesce((select max(sm.created_at) from messages sm
            join users su on su.id = sm.author_id and su.role in ('admin', 'agent')
            where sm.ticket_id = tickets.id and not sm.is_internal), '-infinity'::timestamptz))
    where ${where}`);
}
