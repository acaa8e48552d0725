import type { RatingInput, TicketRating } from '../../shared/api/ticket-ratings.js';
import { recordAudit } from '../audit/audit.repository.js';
import type { Database, Executor } from '../db/database.js';
import { conflict } from '../http/errors.js';
import type { RequestContext } from '../http/request-context.js';
import type { Actor } from '../policies/actor.js';
import { authorize, can } from '../policies/authorize.js';
import { findTicketByNumber } from '../tickets/tickets.repository.js';
import { findVisibleTicket } from '../tickets/tickets.service.js';
import { isCurrentClosing } from './rating-closing.js';
import { presentTicketRating } from './ticket-rating.presenter.js';
import {
  findLatestClosing,
  recordRating,
  type TicketRatingRow,
} from './ticket-ratings.repository.js';

/** A ticket's latest closing and its rating, as the reader may see it. */
export async function describeTicketRating(
  db: Database,
  actor: Actor,
  number: number,
): Promise<TicketRating> {
  const { ticket } = await findVisibleTicket(db, actor, number);
  const closing = await findLatestClosing(db, ticket.id);
  const canRate =
    can(actor, 'ticket.rate', ticket) &&
    closing !== undefined &&
    closing.rating.rating === null &&
    isCurrentClosing(closing.rating, ticket);
  return presentTicketRating(actor, closing, canRate);
}

/**
 * «Πώς τα πήγαμε;» from the portal: the requester (or a company_admin) rates the
 * ticket's current closing, once. The portal needs no link, so no expiry applies.
 */
export async function rateTicket(
  db: Database,
  actor: Actor,
  number: number,
  input: RatingInput,
  context: RequestContext,
): Promise<TicketRating> {
  const { ticket } = await findVisibleTicket(db, actor, number);
  authorize(actor, 'ticket.rate', ticket);
  await db.transaction(async (tx) => {
    // Read again inside the transaction, so a reopening just before is not missed.
    const current = await findTicketByNumber(tx, number);
    const closing = await findLatestClosing(tx, ticket.id);
    if (!current || !closing || !isCurrentClosing(closing.rating, current.ticket)) {
      throw conflict('ticket_not_closed', `Ticket #${number} is not closed`);
    }
    await saveRating(tx, closing.rating, number, actor.userId, input, context);
  });
  return describeTicketRating(db, actor, number);
}

/** Records a rating on a closing once, with its audit entry; 409 when it was rated first. */
export async function saveRating(
  tx: Executor,
  closing: TicketRatingRow,
  ticketNumber: number,
  ratedById: string,
  input: RatingInput,
  context: RequestContext,
): Promise<TicketRatingRow> {
  const comment = input.comment ? input.comment : null;
  const saved = await recordRating(tx, closing.id, {
    rating: input.rating,
    comment,
    ratedById,
    ratedAt: new Date(),
  });
  if (!saved) throw conflict('rating_already_given', 'This closing was already rated');
  await recordAudit(tx, {
    action: 'ticket.rated',
    actorUserId: ratedById,
    companyId: closing.companyId,
    entityType: 'ticket',
    entityId: String(ticketNumber),
    data: { rating: input.rating },
    ...context,
  });
  return saved;
}
