/**
 * Multipliers for work that costs more, chosen when a task is logged. The list is
 * fixed and documented (docs/estimates.md): a multiplier scales the minutes a task
 * charges, so the package's bank, its overage and any estimate all reflect it.
 */
export const WORK_MULTIPLIERS = ['normal', 'urgent', 'out_of_hours'] as const;
export type WorkMultiplier = (typeof WORK_MULTIPLIERS)[number];

/** The factor of each multiplier, in tenths so the arithmetic stays exact. */
const FACTOR_TENTHS: Record<WorkMultiplier, number> = {
  normal: 10,
  urgent: 15,
  out_of_hours: 20,
};

/** The factor as a number (1, 1.5, 2), for display. */
export function multiplierFactor(multiplier: WorkMultiplier): number {
  return FACTOR_TENTHS[multiplier] / 10;
}

/**
 * The minutes a task charges after its multiplier: rounded-up minutes times the
 * factor, rounded up to a whole minute (7 min ×1,5 = 10,5 → 11), never a fraction.
 */
export function multipliedMinutes(minutes: number, multiplier: WorkMultiplier): number {
  if (!Number.isInteger(minutes) || minutes < 0) throw new RangeError(`Not minutes: ${minutes}`);
  return Math.ceil((minutes * FACTOR_TENTHS[multiplier]) / 10);
}
