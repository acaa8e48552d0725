/** Minutes split for display as "1 h 30 min"; the sign is kept apart so "−1 h 30 min" reads right. */
export interface HoursAndMinutes {
  isNegative: boolean;
  hours: number;
  minutes: number;
}

function assertWholeMinutes(minutes: number): void {
  if (!Number.isInteger(minutes)) throw new RangeError(`Not a whole number of minutes: ${minutes}`);
}

/** Splits whole minutes into hours and minutes: 90 → 1 h 30 min, −90 → negative 1 h 30 min. */
export function splitMinutes(minutes: number): HoursAndMinutes {
  assertWholeMinutes(minutes);
  const magnitude = Math.abs(minutes);
  return {
    isNegative: minutes < 0,
    hours: Math.floor(magnitude / 60),
    minutes: magnitude % 60,
  };
}

/** Minutes as decimal hours rounded to 2 places, for charts: 90 → 1.5, 20 → 0.33. */
export function minutesToHours(minutes: number): number {
  assertWholeMinutes(minutes);
  return Math.round((minutes / 60) * 100) / 100;
}
