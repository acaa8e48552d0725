import { API_TOKEN_MAX_DAYS } from '../../shared/api/api-tokens.js';
import { addDays } from '../../shared/hours/calendar-date.js';
import { DEFAULT_TIME_ZONE } from '../../shared/hours/hours.types.js';
import { localMidnight } from '../../shared/hours/time-zone.js';
import { invalid } from '../http/errors.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export type ExpiryChoice = { days: number } | { date: string };

/**
 * When a token stops working: after a preset number of days, or at the end of a
 * chosen day (Athens time), which must be in the future and within a year.
 */
export function expiryOf(choice: ExpiryChoice, now: Date): Date {
  if ('days' in choice) return new Date(now.getTime() + choice.days * DAY_MS);
  const expiresAt = localMidnight(addDays(choice.date, 1), DEFAULT_TIME_ZONE);
  if (expiresAt.getTime() <= now.getTime()) throw invalid('expiry', 'too_small');
  if (expiresAt.getTime() > now.getTime() + API_TOKEN_MAX_DAYS * DAY_MS) {
    throw invalid('expiry', 'too_big', { max: API_TOKEN_MAX_DAYS });
  }
  return expiresAt;
}
