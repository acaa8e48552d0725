import type { RatingInput, RatingLinkInfo } from '../../shared/api/ticket-ratings.js';
import { sessionIdFromToken } from '../auth/session-token.js';
import type { Database, Executor } from '../db/database.js';
import { AppError, conflict } from '../http/errors.js';
import type { RequestContext } from '../http/request-context.js';
import { findUserById } from '../users/users.repository.js';
import { isCurrentClosing } from './rating-closing.js';
import { presentRatingLink } from './ticket-rating.presenter.js';
import { findClosingByTokenHash } from './ticket-ratings.repository.js';
import { saveRating } from './ticket-ratings.service.js';

type FoundClosing = NonNullable<Awaited<ReturnType<typeof findClosingByTokenHash>>>;

/** Where a link's closing stands, checked in this order: rated, reopened, expired. */
async function stateOf(
  db: Executor,
  found: FoundClosing | undefined,
  now: Date,
): Promise<RatingLinkInfo['state']> {
  if (!found) return 'not_found';
  if (found.rating.rating) return 'rated';
  const ticket = { status: found.ticketStatus, closedAt: found.ticketClosedAt };
  if (!isCurrentClosing(found.rating, ticket)) return 'reopened';
  if (found.rating.expiresAt <= now) return 'expired';
  // The link is bound to the requester: a deactivated account's link no longer works.
  const requester = await findUserById(db, found.rating.requesterId);
  return requester?.isActive ? 'open' : 'not_found';
}

/** What a rating link's page shows; reading it changes nothing (mail scanners open links). */
export async function describeRatingLink(db: Database, token: string): Promise<RatingLinkInfo> {
  const found = await findClosingByTokenHash(db, sessionIdFromToken(token));
  return presentRatingLink(await stateOf(db, found, new Date()), found);
}

const refusal: Record<Exclude<RatingLinkInfo['state'], 'open'>, () => AppError> = {
  not_found: () => new AppError(410, 'rating_link_invalid', 'This link cannot be used'),
  expired: () => new AppError(410, 'rating_link_expired', 'This link has expired'),
  reopened: () => conflict('ticket_not_closed', 'The ticket was reopened since this closing'),
  rated: () => conflict('rating_already_given', 'This closing was already rated'),
};

/**
 * The button on a rating link's page: records the requester's rating of that
 * closing, once. A second use, an expired link or a reopened ticket is refused
 * with a code the page explains.
 */
export async function rateByLink(
  db: Database,
  token: string,
  input: RatingInput,
  context: RequestContext,
): Promise<RatingLinkInfo> {
  return db.transaction(async (tx) => {
    const found = await findClosingByTokenHash(tx, sessionIdFromToken(token));
    const state = await stateOf(tx, found, new Date());
    if (state !== 'open' || !found) throw refusal[state === 'open' ? 'not_found' : state]();
    const saved = await saveRating(
      tx,
      found.rating,
      found.ticketNumber,
      found.rating.requesterId,
      input,
      context,
    );
    return presentRatingLink('rated', { ...found, rating: saved });
  });
}
