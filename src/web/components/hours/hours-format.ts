import i18next from 'i18next';
import {
  formatHoursDecimal as decimalIn,
  formatHoursDelta as deltaIn,
  type HoursLanguage,
  splitMinutes,
  formatHoursWords as wordsIn,
} from '../../../shared/hours';

// The interface's language, read from the i18next instance itself (no import of our
// i18n set-up, so the formatters stay tiny and testable); Greek until it has loaded.
const uiLanguage = (): HoursLanguage => (i18next.language === 'en' ? 'en' : 'el');

/** Hours in words, for text and figures: «1 ώρα 45 λεπτά» / "1 h 45 min". */
export function formatHours(minutes: number, language: HoursLanguage = uiLanguage()): string {
  return wordsIn(minutes, language);
}

/** Decimal hours with the unit, for table columns: «1,75 ώρες» / "1.75 h". */
export function formatHoursDecimal(
  minutes: number,
  language: HoursLanguage = uiLanguage(),
): string {
  return decimalIn(minutes, language);
}

/** A change with its sign: «+15 λεπτά», «−15 λεπτά». */
export function formatHoursDelta(minutes: number, language: HoursLanguage = uiLanguage()): string {
  return deltaIn(minutes, language);
}

/** Seconds as a running stopwatch, h:mm:ss: 312 → «0:05:12» (a live timer, not an amount). */
export function formatClock(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const { hours, minutes } = splitMinutes(Math.floor(seconds / 60));
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${hours}:${pad(minutes)}:${pad(seconds % 60)}`;
}

/** An ISO 8601 duration for `<time dateTime>`: 135 → PT2H15M. */
export function isoDuration(minutes: number): string {
  const { isNegative, hours, minutes: rest } = splitMinutes(Math.round(minutes));
  return `${isNegative ? '-' : ''}PT${hours}H${rest}M`;
}

/** Time worked, from whole seconds, in words; under a minute reads «<1 λεπτό» rather than nothing. */
export function formatWorked(seconds: number, language: HoursLanguage = uiLanguage()): string {
  if (seconds > 0 && seconds < 60) return `<${wordsIn(1, language)}`;
  return wordsIn(Math.floor(seconds / 60), language);
}

/** Time worked as decimal hours, for table columns; under a minute reads «<0,02 ώρες». */
export function formatWorkedDecimal(
  seconds: number,
  language: HoursLanguage = uiLanguage(),
): string {
  if (seconds > 0 && seconds < 60) return `<${decimalIn(1, language)}`;
  return decimalIn(Math.floor(seconds / 60), language);
}

/** A change as decimal hours with its sign, for table columns: «+0,25 ώρες», «−1,5 ώρες». */
export function formatHoursDecimalDelta(
  minutes: number,
  language: HoursLanguage = uiLanguage(),
): string {
  const decimal = decimalIn(minutes, language);
  return Math.round(minutes) > 0 ? `+${decimal}` : decimal;
}
