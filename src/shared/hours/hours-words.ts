import { splitMinutes } from './minutes-display.js';

/** The two languages hours are written in (the same as the interface's locales). */
export type HoursLanguage = 'el' | 'en';

// Units in the words each reader uses; Greek needs the singular for exactly one.
const UNITS: Record<HoursLanguage, { hour: [string, string]; minute: [string, string] }> = {
  el: { hour: ['ώρα', 'ώρες'], minute: ['λεπτό', 'λεπτά'] },
  en: { hour: ['h', 'h'], minute: ['min', 'min'] },
};

const NUMBER_LOCALE: Record<HoursLanguage, string> = { el: 'el-GR', en: 'en-GB' };

// U+2212, the typographic minus, so «−1 ώρα» lines up with «+1 ώρα».
const MINUS = '−';

const unit = (pair: [string, string], count: number) => pair[count === 1 ? 0 : 1];

/**
 * Whole minutes in words, for text and figures: 105 → «1 ώρα 45 λεπτά» / "1 h 45 min",
 * 60 → «1 ώρα», 0 → «0 λεπτά»; a negative amount (overage) carries a minus.
 */
export function formatHoursWords(minutes: number, language: HoursLanguage): string {
  const { isNegative, hours, minutes: rest } = splitMinutes(Math.round(minutes));
  const units = UNITS[language];
  const parts: string[] = [];
  if (hours > 0) parts.push(`${hours} ${unit(units.hour, hours)}`);
  if (rest > 0 || hours === 0) parts.push(`${rest} ${unit(units.minute, rest)}`);
  return `${isNegative ? MINUS : ''}${parts.join(' ')}`;
}

/**
 * Minutes as decimal hours with the unit, for tables where figures are compared down
 * a column: 105 → «1,75 ώρες» / "1.75 h" (the locale's decimal mark, 2 places at most).
 */
export function formatHoursDecimal(minutes: number, language: HoursLanguage): string {
  const hours = Math.abs(Math.round(minutes)) / 60;
  const number = new Intl.NumberFormat(NUMBER_LOCALE[language], {
    maximumFractionDigits: 2,
  }).format(hours);
  const rounded = Math.round(hours * 100) / 100;
  return `${minutes < 0 && rounded > 0 ? MINUS : ''}${number} ${unit(UNITS[language].hour, rounded)}`;
}

/** A change with its sign, in words: 15 → «+15 λεπτά», −15 → «−15 λεπτά». */
export function formatHoursDelta(minutes: number, language: HoursLanguage): string {
  const words = formatHoursWords(minutes, language);
  return Math.round(minutes) > 0 ? `+${words}` : words;
}
