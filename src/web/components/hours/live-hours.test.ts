import { describe, expect, it } from 'vitest';
import type { DashboardSubscription } from '../../../shared/api/dashboard';
import { liveFigures } from './live-hours';

const NOW = new Date('2026-07-10T09:00:00Z');

/** A 10-hour package with 2:00 charged, 0:15 of it from a task started 5 minutes before NOW. */
const subscription = {
  summary: {
    allowanceMinutes: 600,
    usedMinutes: 120,
    runningMinutes: 15,
    remainingMinutes: 480,
    overageMinutes: 0,
    usedRatio: 0.2,
  },
  runningTimers: [
    { startedAt: '2026-07-10T08:55:00Z', billingIncrementMinutes: 15, isBillable: true },
  ],
} as DashboardSubscription;

describe('the balance while a task runs', () => {
  it('matches the server at its own instant', () => {
    expect(liveFigures(subscription, NOW)).toMatchObject({ used: 120, remaining: 480 });
  });

  it('moves by the increment once the running task passes it', () => {
    const later = new Date(NOW.getTime() + 11 * 60_000);
    expect(liveFigures(subscription, later)).toMatchObject({ used: 135, remaining: 465 });
  });

  it('shows what is over the allowance as overage', () => {
    const over = { ...subscription, summary: { ...subscription.summary, remainingMinutes: 0 } };
    const later = new Date(NOW.getTime() + 11 * 60_000);
    expect(liveFigures(over, later)).toMatchObject({ remaining: -15, overage: 15 });
  });
});
