import type { EstimateLinkInfo } from '../../shared/api/estimates.js';
import { sessionIdFromToken } from '../auth/session-token.js';
import type { Database, Executor } from '../db/database.js';
import { AppError, conflict } from '../http/errors.js';
import type { RequestContext } from '../http/request-context.js';
import { findTicketRowById } from '../tickets/tickets.repository.js';
import { type EstimateRow, findEstimateByTokenHash } from './estimates.repository.js';
import { decideEstimateIn, type EstimateDecision, lockEstimateOf } from './estimates.service.js';

const STATE_OF_STATUS: Record<EstimateRow['status'], EstimateLinkInfo['state']> = {
  pending: 'open',
  approved: 'approved',
  declined: 'declined',
  withdrawn: 'withdrawn',
};

/**
 * What the link's page shows. The hash stays on the estimate after it is answered,
 * so a second visit reads «already approved» rather than «unknown link»; the
 * status, not the hash, makes the link single-use.
 */
async function linkInfo(
  db: Executor,
  estimate: EstimateRow | undefined,
): Promise<EstimateLinkInfo> {
  const ticket = estimate ? await findTicketRowById(db, estimate.ticketId) : undefined;
  if (!estimate || !ticket) {
    return { state: 'not_found', ticketNumber: null, subject: null, minutes: null, included: null };
  }
  return {
    state: STATE_OF_STATUS[estimate.status],
    ticketNumber: ticket.number,
    subject: ticket.subject,
    minutes: estimate.minutes,
    included: estimate.included,
  };
}

/** The link's page: reading it changes nothing (mail scanners open links). */
export async function describeEstimateLink(db: Database, token: string): Promise<EstimateLinkInfo> {
  return linkInfo(db, await findEstimateByTokenHash(db, sessionIdFromToken(token)));
}

/**
 * The page's button: approves or declines the link's estimate, once. An unknown
 * link is 410 estimate_link_invalid; an estimate already answered or withdrawn is
 * 409 estimate_not_pending (nothing changes). The email went only to people who
 * may decide (the requester and the following company_admins), and any of them may
 * have pressed it, so the decision is recorded without a person, marked as by link.
 */
export async function decideEstimateByLink(
  db: Database,
  token: string,
  decision: EstimateDecision,
  context: RequestContext,
): Promise<EstimateLinkInfo> {
  return db.transaction(async (tx) => {
    const found = await findEstimateByTokenHash(tx, sessionIdFromToken(token));
    if (!found) throw new AppError(410, 'estimate_link_invalid', 'This link cannot be used');
    const { ticket, estimate } = await lockEstimateOf(tx, found.id);
    if (estimate.status !== 'pending') {
      throw conflict('estimate_not_pending', `The estimate is already ${estimate.status}`);
    }
    const decided = await decideEstimateIn(
      tx,
      estimate,
      ticket.number,
      decision,
      null,
      context,
      'email_link',
    );
    return linkInfo(tx, decided);
  });
}
