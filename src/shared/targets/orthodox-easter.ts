import { formatLocalDate } from '../hours/calendar-date.js';
import type { LocalDate } from '../hours/hours.types.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Orthodox Easter Sunday of a year, as a Gregorian 'YYYY-MM-DD' date: Meeus' Julian
 * computus, then the 13 days the Julian calendar lags the Gregorian one. That lag
 * holds from 1900-03-01 to 2100-02-28, so only years 1900–2099 are accepted.
 */
export function orthodoxEaster(year: number): LocalDate {
  if (!Number.isInteger(year) || year < 1900 || year > 2099) {
    throw new RangeError(`Orthodox Easter is computed for 1900–2099 only, not ${year}`);
  }
  const a = year % 4;
  const b = year % 7;
  const c = year % 19;
  const d = (19 * c + 15) % 30;
  const e = (2 * a + 4 * b - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  const day = ((d + e + 114) % 31) + 1;
  // The Julian date read as Gregorian, moved 13 days on; Date.UTC rolls into May when needed.
  const gregorian = new Date(Date.UTC(year, month - 1, day) + 13 * DAY_MS);
  return formatLocalDate({
    year: gregorian.getUTCFullYear(),
    month: gregorian.getUTCMonth() + 1,
    day: gregorian.getUTCDate(),
  });
}
