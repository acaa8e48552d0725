import type { RatingReport, RatingReportQuery } from '../../shared/api/ticket-ratings.js';
import type { Database } from '../db/database.js';
import type { Actor } from '../policies/actor.js';
import { authorize } from '../policies/authorize.js';
import { countRatingsByMonth } from './ticket-ratings.repository.js';

/** Whole percent of good among the ratings given (0 when none were). */
export function goodPercent(good: number, bad: number): number {
  const total = good + bad;
  return total === 0 ? 0 : Math.round((good * 100) / total);
}

/**
 * The monthly ratings (by month of closing) per company or per agent (the ticket's
 * assignee at closing), for staff: counts of good and bad and the percent good.
 */
export async function ratingReport(
  db: Database,
  actor: Actor,
  query: RatingReportQuery,
): Promise<RatingReport> {
  authorize(actor, 'rating.report', null);
  const rows = await countRatingsByMonth(db, query.by, {
    months: query.months,
    ...(query.companyId ? { companyId: query.companyId } : {}),
  });
  return {
    items: rows.map((row) => ({
      month: row.month,
      id: row.id,
      name: row.name,
      good: row.good,
      bad: row.bad,
      goodPercent: goodPercent(row.good, row.bad),
    })),
  };
}
