import type { TFunction } from 'i18next';
import { formatHm, splitMinutes } from '../../../shared/hours';

export { formatHm };

/** A change of hours with its sign: «+0:15», «−0:15». */
export function formatHmDelta(minutes: number): string {
  return minutes > 0 ? `+${formatHm(minutes)}` : formatHm(minutes);
}

/** Seconds as a running clock, h:mm:ss: 312 → «0:05:12». */
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

/** The same amount in words, for a tooltip: «2 ώρες 15 λεπτά». */
export function formatHmInWords(t: TFunction, minutes: number): string {
  const { isNegative, hours, minutes: rest } = splitMinutes(Math.round(minutes));
  const parts = [
    hours > 0 || rest === 0 ? t('hours.words.hours', { count: hours }) : '',
    rest > 0 ? t('hours.words.minutes', { count: rest }) : '',
  ].filter(Boolean);
  return `${isNegative ? '−' : ''}${parts.join(' ')}`;
}

/** Time worked, from whole seconds, as h:mm; under a minute reads «<0:01» rather than nothing. */
export function formatWorked(seconds: number): string {
  if (seconds > 0 && seconds < 60) return '<0:01';
  return formatHm(Math.floor(seconds / 60));
}
