import type { Estimate, EstimateRequest, TicketEstimates } from '../../shared/api/estimates.js';
import { recordAudit } from '../audit/audit.repository.js';
import { newSessionToken, sessionIdFromToken } from '../auth/session-token.js';
import type { Database, Executor } from '../db/database.js';
import { conflict, notFound } from '../http/errors.js';
import type { RequestContext } from '../http/request-context.js';
import { queueEstimateEmails } from '../notifications/estimate-emails.js';
import type { Actor } from '../policies/actor.js';
import { authorize } from '../policies/authorize.js';
import { lockTicket } from '../tickets/tickets.repository.js';
import { findVisibleTicket } from '../tickets/tickets.service.js';
import {
  type EstimateRow,
  findEstimate,
  insertEstimate,
  listEstimatesOfTicket,
  updateEstimate,
} from './estimates.repository.js';
import { minutesTaken } from './ticket-allowance.js';
import { loadTicketAllowance } from './ticket-allowance.repository.js';

export function presentEstimate(row: EstimateRow): Estimate {
  return {
    id: row.id,
    minutes: row.minutes,
    included: row.included,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
  };
}

/** A ticket's estimates and its allowance, for whoever may see the ticket. */
export async function listTicketEstimates(
  db: Database,
  actor: Actor,
  number: number,
): Promise<TicketEstimates> {
  const { ticket } = await findVisibleTicket(db, actor, number);
  authorize(actor, 'estimate.view', ticket);
  const [estimates, state] = await Promise.all([
    listEstimatesOfTicket(db, ticket.id),
    loadTicketAllowance(db, ticket),
  ]);
  return {
    items: estimates.map(presentEstimate),
    limitMinutes: state.limitMinutes,
    usedMinutes: minutesTaken(state.tasks, new Date()),
    limitSource: state.source,
  };
}

/**
 * «Εκτίμηση» (staff): a pending estimate the customer approves or declines. The
 * first estimate of a ticket becomes its limit once approved, so it may not be
 * below the billable work already done (409 estimate_below_work): the customer
 * would be approving less than they already owe.
 */
export async function createEstimate(
  db: Database,
  actor: Actor,
  number: number,
  request: EstimateRequest,
  context: RequestContext,
): Promise<{ estimate: EstimateRow; ticketNumber: number }> {
  const { ticket } = await findVisibleTicket(db, actor, number);
  authorize(actor, 'estimate.manage', ticket);
  return db.transaction(async (tx) => {
    const locked = await lockTicket(tx, ticket.id);
    const now = new Date();
    const state = await loadTicketAllowance(tx, locked);
    const used = minutesTaken(state.tasks, now);
    const approved = state.source === 'estimates' ? (state.limitMinutes ?? 0) : 0;
    if (approved + request.minutes < used) {
      throw conflict(
        'estimate_below_work',
        `Ticket #${number} already has ${used} billable minutes; the estimate with those approved would allow ${approved + request.minutes}`,
      );
    }
    // The email's «Έγκριση» / «Απόρριψη» links carry this token; only its SHA-256 is kept.
    const token = newSessionToken();
    const estimate = await insertEstimate(tx, {
      ticketId: locked.id,
      companyId: locked.companyId,
      minutes: request.minutes,
      included: request.included,
      createdById: actor.userId,
      tokenHash: sessionIdFromToken(token),
      createdAt: now,
      updatedAt: now,
    });
    await queueEstimateEmails(tx, locked, actor, request, token);
    await recordAudit(tx, {
      action: 'estimate.created',
      actorUserId: actor.userId,
      companyId: locked.companyId,
      entityType: 'estimate',
      entityId: estimate.id,
      data: { ticketNumber: number, minutes: request.minutes },
      ...context,
    });
    return { estimate, ticketNumber: number };
  });
}

/** The estimate and its ticket, locked in that order (ticket first, as task changes do). */
export async function lockEstimateOf(tx: Executor, id: string) {
  const found = await findEstimate(tx, id);
  if (!found) throw notFound();
  const ticket = await lockTicket(tx, found.ticketId);
  const estimate = await findEstimate(tx, id);
  return { ticket, estimate: estimate! };
}

function checkPending(estimate: EstimateRow): void {
  if (estimate.status === 'pending') return;
  throw conflict(
    'estimate_not_pending',
    `The estimate is already ${estimate.status}; nothing was changed`,
  );
}

/** The customer's answer, from the portal or the email link. */
export type EstimateDecision = 'approve' | 'decline';

/** Records a decision on a pending estimate (409 estimate_not_pending when it is not). */
export async function decideEstimateIn(
  tx: Executor,
  estimate: EstimateRow,
  ticketNumber: number,
  decision: EstimateDecision,
  decidedById: string | null,
  context: RequestContext,
  via: 'portal' | 'email_link' = 'portal',
): Promise<EstimateRow> {
  checkPending(estimate);
  const now = new Date();
  const status = decision === 'approve' ? 'approved' : 'declined';
  const decided = await updateEstimate(tx, estimate.id, {
    status,
    decidedById,
    decidedAt: now,
    // The email link's hash stays: its page then says «already approved»; the status makes it single-use.
    updatedAt: now,
  });
  await recordAudit(tx, {
    action: decision === 'approve' ? 'estimate.approved' : 'estimate.declined',
    actorUserId: decidedById,
    companyId: estimate.companyId,
    entityType: 'estimate',
    entityId: estimate.id,
    data: { ticketNumber, minutes: estimate.minutes, via },
    ...context,
  });
  return decided;
}

/** «Έγκριση» / «Απόρριψη» in the portal: a customer who may see the ticket. */
export async function decideEstimate(
  db: Database,
  actor: Actor,
  id: string,
  decision: EstimateDecision,
  context: RequestContext,
): Promise<EstimateRow> {
  return db.transaction(async (tx) => {
    const { ticket, estimate } = await lockEstimateOf(tx, id);
    authorize(actor, 'estimate.decide', ticket);
    return decideEstimateIn(tx, estimate, ticket.number, decision, actor.userId, context);
  });
}

/** Staff withdraw a pending estimate (409 estimate_not_pending once decided). */
export async function withdrawEstimate(
  db: Database,
  actor: Actor,
  id: string,
  context: RequestContext,
): Promise<EstimateRow> {
  return db.transaction(async (tx) => {
    const { ticket, estimate } = await lockEstimateOf(tx, id);
    authorize(actor, 'estimate.manage', ticket);
    checkPending(estimate);
    const now = new Date();
    const withdrawn = await updateEstimate(tx, id, {
      status: 'withdrawn',
      updatedAt: now,
    });
    await recordAudit(tx, {
      action: 'estimate.withdrawn',
      actorUserId: actor.userId,
      companyId: estimate.companyId,
      entityType: 'estimate',
      entityId: id,
      data: { ticketNumber: ticket.number, minutes: estimate.minutes },
      ...context,
    });
    return withdrawn;
  });
}
