import { describe, expect, it } from 'vitest';
import { finishedPauses, resolutionDueAt, ticketDueTimes } from './ticket-due.js';
import { DEFAULT_BUSINESS_HOURS } from './working-calendar.js';

const at = (iso: string) => new Date(iso);
// Monday 2/3/2026 09:00 Athens (UTC+2).
const created = at('2026-03-02T07:00:00Z');

describe('finishedPauses', () => {
  it('pairs each move into «Αναμονή πελάτη» with the next move out of it', () => {
    const pauses = finishedPauses([
      { at: at('2026-03-02T09:00:00Z'), from: 'open', to: 'waiting_customer' },
      { at: at('2026-03-03T09:00:00Z'), from: 'waiting_customer', to: 'open' },
      { at: at('2026-03-04T09:00:00Z'), from: 'open', to: 'waiting_customer' },
    ]);
    // The last pause still goes on and is left out.
    expect(pauses).toEqual([{ from: at('2026-03-02T09:00:00Z'), to: at('2026-03-03T09:00:00Z') }]);
  });
});

describe('resolutionDueAt', () => {
  it('is created + target when nothing paused the clock', () => {
    expect(resolutionDueAt(created, 8 * 60, [])).toEqual(at('2026-03-02T15:00:00Z'));
  });

  it('stands still while the ticket waits for the customer', () => {
    // 2 h run (09–11), paused until Tuesday 11:00, then 6 h more → Tuesday 17:00.
    const pauses = [{ from: at('2026-03-02T09:00:00Z'), to: at('2026-03-03T09:00:00Z') }];
    expect(resolutionDueAt(created, 8 * 60, pauses)).toEqual(at('2026-03-03T15:00:00Z'));
  });

  it('is not moved by a pause that began after the target had passed', () => {
    const pauses = [{ from: at('2026-03-04T09:00:00Z'), to: at('2026-03-05T09:00:00Z') }];
    expect(resolutionDueAt(created, 8 * 60, pauses)).toEqual(at('2026-03-02T15:00:00Z'));
  });

  it('lets a pause over a weekend cost nothing extra', () => {
    // Friday 6/3 17:00 to Monday 9/3 09:00 is outside business hours: no change.
    const friday = at('2026-03-06T07:00:00Z');
    const pauses = [{ from: at('2026-03-06T15:00:00Z'), to: at('2026-03-09T07:00:00Z') }];
    expect(resolutionDueAt(friday, 16 * 60, pauses)).toEqual(at('2026-03-09T15:00:00Z'));
  });
});

describe('ticketDueTimes', () => {
  it('gives no due time for a target the package does not set', () => {
    const due = ticketDueTimes(
      created,
      { firstResponseMinutes: 60, resolutionMinutes: null, hours: DEFAULT_BUSINESS_HOURS },
      [],
    );
    expect(due).toEqual({ firstResponseDueAt: at('2026-03-02T08:00:00Z'), resolutionDueAt: null });
  });
});
