import { type BillingIncrement, isBillingIncrement } from './hours.types.js';

/**
 * Rounds a duration up to the billing increment, in minutes: 7 min on a 15-minute
 * increment bills 15, 15:00 bills 15, 15:01 bills 30, 0 bills 0. Durations count in
 * whole seconds, so a few stray milliseconds never start another increment.
 */
export function roundUpToIncrement(durationMs: number, increment: BillingIncrement): number {
  if (!isBillingIncrement(increment)) throw new RangeError(`Not a billing increment: ${increment}`);
  if (!Number.isFinite(durationMs) || durationMs < 0) {
    throw new RangeError(`Not a duration: ${durationMs}`);
  }
  const seconds = Math.floor(durationMs / 1000);
  return Math.ceil(seconds / (increment * 60)) * increment;
}

/** The billable minutes of a finished task; 0 when it is not billable. Throws if it ends before it starts. */
export function billableMinutes(
  startedAt: Date,
  endedAt: Date,
  increment: BillingIncrement,
  isBillable: boolean,
): number {
  const durationMs = endedAt.getTime() - startedAt.getTime();
  if (durationMs < 0) throw new RangeError('A task cannot end before it starts');
  const rounded = roundUpToIncrement(durationMs, increment);
  return isBillable ? rounded : 0;
}
