import { describe, expect, it } from 'vitest';
import type { BillingPeriod } from '../../shared/hours/index.js';
import { type LedgerCharge, movementRows, movementsOf } from './task-movements.js';

const june: BillingPeriod = {
  index: 5,
  start: new Date('2026-05-31T21:00:00Z'),
  end: new Date('2026-06-30T21:00:00Z'),
  startDate: '2026-06-01',
  lastDate: '2026-06-30',
};
const july: BillingPeriod = {
  index: 6,
  start: june.end!,
  end: new Date('2026-07-31T21:00:00Z'),
  startDate: '2026-07-01',
  lastDate: '2026-07-31',
};
const charge = (values: Partial<LedgerCharge> = {}): LedgerCharge => ({
  companyId: 'c',
  subscriptionId: 's',
  ticketId: 't',
  period: july,
  chargedAt: new Date('2026-07-10T08:00:00Z'),
  minutes: 60,
  isBillable: true,
  ...values,
});
const summary = (before: LedgerCharge | null, after: LedgerCharge | null) =>
  movementsOf(before, after).map((m) => [m.kind, m.minutes, m.charge.period.startDate]);

describe('the ledger lines a change to a task writes', () => {
  it('charges a finished task, gives a deleted one back, and writes nothing for nothing', () => {
    expect(summary(null, charge())).toEqual([['task_charged', 60, '2026-07-01']]);
    expect(summary(charge(), null)).toEqual([['task_deleted', -60, '2026-07-01']]);
    expect(summary(null, null)).toEqual([]);
    expect(summary(null, charge({ minutes: 0, isBillable: false }))).toEqual([]);
    expect(summary(charge(), charge())).toEqual([]);
  });

  it('a change of minutes in place is one line of the difference', () => {
    expect(summary(charge(), charge({ minutes: 15 }))).toEqual([
      ['task_edited', -45, '2026-07-01'],
    ]);
  });

  it('made non-billable gives the minutes back; made billable again charges them', () => {
    const unbilled = charge({ minutes: 0, isBillable: false });
    expect(summary(charge(), unbilled)).toEqual([['task_unbilled', -60, '2026-07-01']]);
    expect(summary(unbilled, charge())).toEqual([['task_billed', 60, '2026-07-01']]);
  });

  it('a move to another period, ticket or start leaves in one line and arrives in another', () => {
    const inJune = charge({ period: june, chargedAt: new Date('2026-06-20T08:00:00Z') });
    expect(summary(inJune, charge({ minutes: 45 }))).toEqual([
      ['task_moved', -60, '2026-06-01'],
      ['task_moved', 45, '2026-07-01'],
    ]);
    expect(summary(charge(), charge({ ticketId: 'other' }))).toEqual([
      ['task_moved', -60, '2026-07-01'],
      ['task_moved', 60, '2026-07-01'],
    ]);
    // Another start in the same period: still two lines, each at its own instant.
    const later = charge({ chargedAt: new Date('2026-07-11T08:00:00Z') });
    expect(
      movementsOf(charge(), later).map((m) => [m.kind, m.minutes, m.charge.chargedAt]),
    ).toEqual([
      ['task_edited', -60, charge().chargedAt],
      ['task_edited', 60, later.chargedAt],
    ]);
  });

  it('marks a line late when its period had ended, unless a timer just stopped', () => {
    const inJune = charge({ period: june, chargedAt: new Date('2026-06-20T08:00:00Z') });
    const context = {
      taskId: 'x',
      actorUserId: null,
      reason: 'r',
      details: null,
      now: new Date('2026-07-02T00:00:00Z'),
    };
    expect(movementRows(movementsOf(null, inJune), context)[0]).toMatchObject({ isLate: true });
    expect(
      movementRows(movementsOf(null, inJune), { ...context, isTimerStop: true })[0],
    ).toMatchObject({ isLate: false });
    expect(movementRows(movementsOf(null, charge()), context)[0]).toMatchObject({ isLate: false });
  });
});
