import { formatLocalDate, parseLocalDate } from '../hours/calendar-date.js';
import type { LocalDate } from '../hours/hours.types.js';
import { orthodoxEaster } from './orthodox-easter.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Public holidays on the same date every year, as 'MM-DD'. */
const FIXED_HOLIDAYS = [
  '01-01', // Πρωτοχρονιά
  '01-06', // Θεοφάνεια
  '03-25', // 25η Μαρτίου
  '05-01', // Πρωτομαγιά
  '08-15', // Κοίμηση της Θεοτόκου
  '10-28', // 28η Οκτωβρίου
  '12-25', // Χριστούγεννα
  '12-26', // Σύναξη της Θεοτόκου
];

/** Public holidays that move with Orthodox Easter, in days from Easter Sunday. */
const EASTER_OFFSETS = [
  -48, // Καθαρά Δευτέρα
  -2, // Μεγάλη Παρασκευή
  1, // Δευτέρα του Πάσχα
  50, // Αγίου Πνεύματος
];

function shiftDate(date: LocalDate, days: number): LocalDate {
  const { year, month, day } = parseLocalDate(date);
  const moved = new Date(Date.UTC(year, month - 1, day) + days * DAY_MS);
  return formatLocalDate({
    year: moved.getUTCFullYear(),
    month: moved.getUTCMonth() + 1,
    day: moved.getUTCDate(),
  });
}

// A year's holidays are asked for on every business day a target crosses: build each year once.
const holidaysByYear = new Map<number, ReadonlySet<LocalDate>>();

/** The Greek public holidays of a year (1900–2099), fixed and movable, as 'YYYY-MM-DD'. */
export function greekPublicHolidays(year: number): ReadonlySet<LocalDate> {
  let holidays = holidaysByYear.get(year);
  if (!holidays) {
    const easter = orthodoxEaster(year);
    const padded = String(year).padStart(4, '0');
    holidays = new Set([
      ...FIXED_HOLIDAYS.map((monthDay) => `${padded}-${monthDay}`),
      ...EASTER_OFFSETS.map((days) => shiftDate(easter, days)),
    ]);
    holidaysByYear.set(year, holidays);
  }
  return holidays;
}

/** Returns whether a 'YYYY-MM-DD' date is a Greek public holiday. */
export function isGreekPublicHoliday(date: LocalDate): boolean {
  return greekPublicHolidays(parseLocalDate(date).year).has(date);
}

/** The day after a 'YYYY-MM-DD' date. */
export function nextLocalDate(date: LocalDate): LocalDate {
  return shiftDate(date, 1);
}
