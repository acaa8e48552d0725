/** Where the pace of a period leads («Με αυτόν τον ρυθμό …»). */
export type Forecast =
  /** At this pace the hours last past the period's end (or nothing is used yet). */
  | { kind: 'lasts' }
  /** At this pace they run out at `runsOutAt`, before the period ends. */
  | { kind: 'runs_out'; runsOutAt: Date }
  /** Nothing is left already. */
  | { kind: 'used_up' };

/** A period's figures as the forecast needs them, in minutes. */
export interface ForecastInput {
  periodStart: Date;
  /** Exclusive end; null = the period has no end, so no date to last until. */
  periodEnd: Date | null;
  now: Date;
  /** Minutes charged to the period so far (running work included). */
  usedMinutes: number;
  /** What the period can still use: rolled-over, its own and valid block hours left. */
  remainingMinutes: number;
}

/**
 * Forecasts from the pace of the current period: the minutes used so far per
 * elapsed time, carried forward. A linear pace is the honest simple guess; a period
 * that has only just begun or has used nothing yet has no pace to speak of.
 */
export function forecastHours(input: ForecastInput): Forecast {
  if (input.remainingMinutes <= 0) return { kind: 'used_up' };
  const elapsed = input.now.getTime() - input.periodStart.getTime();
  if (elapsed <= 0 || input.usedMinutes <= 0) return { kind: 'lasts' };
  const perMillisecond = input.usedMinutes / elapsed;
  const runsOutAt = new Date(input.now.getTime() + input.remainingMinutes / perMillisecond);
  if (input.periodEnd && runsOutAt.getTime() >= input.periodEnd.getTime()) return { kind: 'lasts' };
  return { kind: 'runs_out', runsOutAt };
}
