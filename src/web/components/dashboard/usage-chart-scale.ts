/**
 * The geometry of the hours-per-period chart, kept apart from drawing so it can be
 * tested: a vertical scale in whole hours with a few round steps, and one slot per period.
 */

// Round steps in hours for the axis: about four lines whatever the package's size.
const STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000];

/** The axis' top and its step, in hours, so that `maxMinutes` fits with a little room. */
export function hoursScale(maxMinutes: number): { topHours: number; stepHours: number } {
  const maxHours = Math.max(1, maxMinutes / 60);
  const stepHours = STEPS.find((step) => maxHours / step <= 4) ?? STEPS[STEPS.length - 1]!;
  return { topHours: Math.ceil(maxHours / stepHours) * stepHours, stepHours };
}

/** The axis lines from 0 to the top, in hours. */
export function hoursTicks(scale: { topHours: number; stepHours: number }): number[] {
  const count = Math.round(scale.topHours / scale.stepHours);
  return Array.from({ length: count + 1 }, (_, i) => i * scale.stepHours);
}

/** A period's bar split in two: the part within the period's hours and the overage above. */
export function barParts(
  usedMinutes: number,
  allowanceMinutes: number,
): { withinMinutes: number; overMinutes: number } {
  const used = Math.max(0, usedMinutes);
  const within = allowanceMinutes > 0 ? Math.min(used, allowanceMinutes) : used;
  return { withinMinutes: within, overMinutes: used - within };
}

/** 'YYYY-MM-DD' as «19/11» (or «19/11/26» when the periods are a year or more apart). */
export function shortDay(date: string, withYear: boolean): string {
  const [year = '', month = '', day = ''] = date.split('-');
  return withYear ? `${day}/${month}/${year.slice(2)}` : `${day}/${month}`;
}
