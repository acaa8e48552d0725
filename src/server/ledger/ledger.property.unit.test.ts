import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BILLING_INCREMENTS,
  type BillingIncrement,
  billableMinutes,
  liveFigures,
  periodAt,
  periodContaining,
  periodFigures,
  runningMinutesAt,
  type SubscriptionTerms,
  sumByInterval,
  summarizePeriod,
} from '../../shared/hours/index.js';
import { statementTotals } from '../../shared/ledger/statement-figures.js';
import { type ChargeTarget, ledgerChargeOf } from '../tasks/task-charge.js';
import { movementRows, movementsOf } from './task-movements.js';

const MINUTE = 60_000;
/** Month ends and both DST changes of 2026, in each zone (UTC instants). */
const CRITICAL: Record<string, string[]> = {
  'Europe/Athens': [
    '2026-01-31T22:00:00Z', // 1 Feb, local midnight
    '2026-02-28T22:00:00Z', // 1 Mar
    '2026-03-29T01:00:00Z', // clocks forward 03:00 → 04:00
    '2026-03-31T21:00:00Z', // 1 Apr (summer time)
    '2026-10-25T01:00:00Z', // clocks back 04:00 → 03:00
    '2026-10-31T22:00:00Z', // 1 Nov (winter time)
  ],
  'America/New_York': [
    '2026-02-01T05:00:00Z',
    '2026-03-01T05:00:00Z',
    '2026-03-08T07:00:00Z', // clocks forward 02:00 → 03:00
    '2026-04-01T04:00:00Z',
    '2026-11-01T06:00:00Z', // clocks back 02:00 → 01:00
    '2026-11-01T04:00:00Z',
  ],
};

type Op =
  | { kind: 'create'; at: [number, number]; duration: number; billable: boolean; ticket: number }
  | {
      kind: 'edit';
      task: number;
      at: [number, number] | null;
      duration: number | null;
      billable: boolean | null;
    }
  | { kind: 'delete'; task: number }
  | { kind: 'move'; task: number; ticket: number }
  | { kind: 'adjust'; at: [number, number]; minutes: number }
  | { kind: 'issue'; upTo: number };

const instantArb = fc.tuple(fc.nat(5), fc.integer({ min: -36 * 60, max: 36 * 60 }));
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('create' as const),
    at: instantArb,
    duration: fc.integer({ min: 1, max: 300 }),
    billable: fc.boolean(),
    ticket: fc.nat(2),
  }),
  fc.record({
    kind: fc.constant('edit' as const),
    task: fc.nat(20),
    at: fc.option(instantArb, { nil: null }),
    duration: fc.option(fc.integer({ min: 1, max: 300 }), { nil: null }),
    billable: fc.option(fc.boolean(), { nil: null }),
  }),
  fc.record({ kind: fc.constant('delete' as const), task: fc.nat(20) }),
  fc.record({ kind: fc.constant('move' as const), task: fc.nat(20), ticket: fc.nat(2) }),
  fc.record({
    kind: fc.constant('adjust' as const),
    at: instantArb,
    minutes: fc.integer({ min: -120, max: 120 }).filter((m) => m !== 0),
  }),
  fc.record({ kind: fc.constant('issue' as const), upTo: fc.nat(5) }),
);

interface ModelTask {
  id: string;
  companyId: string;
  ticketId: string;
  startedAt: Date;
  endedAt: Date;
  isBillable: boolean;
  billableMinutes: number;
  deleted: boolean;
}
type Line = ReturnType<typeof movementRows>[number] & { statement: number | null };

describe('the ledger, the figures, the live figure and the statements agree to the minute', () => {
  it('over random tasks, edits, deletes, moves and adjustments across month ends and DST, in two zones', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Europe/Athens', 'America/New_York'),
        fc.constantFrom(...BILLING_INCREMENTS),
        fc.array(opArb, { minLength: 1, maxLength: 25 }),
        (timeZone, increment: BillingIncrement, ops) => {
          const terms: SubscriptionTerms = {
            startDate: '2026-01-01',
            endDate: null,
            periodKind: 'monthly',
            hoursPerPeriod: 10,
            billingIncrementMinutes: increment,
          };
          const target: ChargeTarget = { subscriptionId: 's', status: 'active', terms, timeZone };
          const anchors = CRITICAL[timeZone]!.map((iso) => new Date(iso).getTime());
          const instant = ([anchor, offset]: [number, number]) =>
            new Date(anchors[anchor % anchors.length]! + offset * MINUTE);
          // Writing happens "later": every change is made after all the work it is about.
          const now = new Date('2027-02-01T00:00:00Z');
          const periods = Array.from({ length: 13 }, (_, i) => periodAt(terms, i, timeZone)!);
          const tasks: ModelTask[] = [];
          const lines: Line[] = [];
          const adjustments: { at: Date; minutes: number }[] = [];
          const statements: {
            period: number;
            lines: Line[];
            totals: ReturnType<typeof statementTotals>;
          }[] = [];
          const write = (before: ModelTask | null, after: ModelTask | null, taskId: string) => {
            const charge = (task: ModelTask | null) =>
              task && !task.deleted ? ledgerChargeOf(target, task) : null;
            for (const row of movementRows(movementsOf(charge(before), charge(after)), {
              taskId,
              actorUserId: null,
              reason: 'r',
              details: null,
              now,
            })) {
              lines.push({ ...row, statement: null });
            }
          };
          const measured = (task: Omit<ModelTask, 'billableMinutes'>): ModelTask => ({
            ...task,
            billableMinutes: billableMinutes(
              task.startedAt,
              task.endedAt,
              increment,
              task.isBillable,
            ),
          });

          for (const op of ops) {
            const alive = tasks.filter((task) => !task.deleted);
            const pick = (index: number) => alive[index % Math.max(1, alive.length)];
            if (op.kind === 'create') {
              const startedAt = instant(op.at);
              const task = measured({
                id: `t${tasks.length}`,
                companyId: 'c',
                ticketId: `k${op.ticket}`,
                startedAt,
                endedAt: new Date(startedAt.getTime() + op.duration * MINUTE),
                isBillable: op.billable,
                deleted: false,
              });
              tasks.push(task);
              write(null, task, task.id);
            } else if (op.kind === 'edit' || op.kind === 'move' || op.kind === 'delete') {
              const task = pick(op.task);
              if (!task) continue;
              const before = { ...task };
              if (op.kind === 'delete') task.deleted = true;
              if (op.kind === 'move') task.ticketId = `k${op.ticket}`;
              if (op.kind === 'edit') {
                const duration =
                  op.duration ?? (task.endedAt.getTime() - task.startedAt.getTime()) / MINUTE;
                task.startedAt = op.at ? instant(op.at) : task.startedAt;
                task.endedAt = new Date(task.startedAt.getTime() + duration * MINUTE);
                task.isBillable = op.billable ?? task.isBillable;
              }
              Object.assign(task, measured(task));
              write(before, task.deleted ? null : task, task.id);
            } else if (op.kind === 'adjust') {
              const at = instant(op.at);
              const period = periodContaining(terms, at, timeZone)!;
              adjustments.push({ at, minutes: op.minutes });
              lines.push({
                ...movementRows([], {
                  taskId: '',
                  actorUserId: null,
                  reason: null,
                  details: null,
                  now,
                })[0]!,
                companyId: 'c',
                subscriptionId: 's',
                kind: 'adjustment',
                minutes: op.minutes,
                chargedAt: at,
                periodStartDate: period.startDate,
                periodLastDate: period.lastDate,
                statement: null,
              } as Line);
            } else {
              // Statements of every period that ended by then, in order, each claiming what is unclaimed.
              const upTo = anchors[op.upTo % anchors.length]!;
              for (const period of periods) {
                if (
                  period.end!.getTime() > upTo ||
                  statements.some((s) => s.period === period.index)
                )
                  continue;
                const claimed = lines.filter(
                  (line) => line.statement === null && line.periodStartDate <= period.startDate,
                );
                for (const line of claimed) line.statement = period.index;
                const source = claimed.map((line) => ({
                  kind: line.kind,
                  minutes: line.minutes,
                  periodStartDate: line.periodStartDate,
                  ticketNumber: null,
                  ticketSubject: null,
                }));
                statements.push({
                  period: period.index,
                  lines: claimed,
                  totals: statementTotals(period.startDate, 600, source),
                });
              }
            }

            // At every step, for every period:
            const ledgerSums = sumByInterval(
              periods,
              lines.map((line) => ({ at: line.chargedAt, minutes: line.minutes })),
            );
            const adjustmentSums = sumByInterval(periods, adjustments);
            const finished = tasks.filter((task) => !task.deleted);
            periods.forEach((period, i) => {
              const fromTasks = summarizePeriod(terms, period, finished, now);
              // the ledger's sum is the tasks' own figure plus the adjustments …
              expect(ledgerSums[i]).toBe(fromTasks.usedMinutes + adjustmentSums[i]!);
              // … and the staff's and the customer's figure (one function) agrees with it;
              const figures = periodFigures(10, ledgerSums[i]!, 0);
              expect(figures.remainingMinutes).toBe(
                600 - fromTasks.usedMinutes - adjustmentSums[i]!,
              );
              // the live figure: a timer running from the middle of the period, seen an hour later.
              const timer = {
                startedAt: new Date((period.start.getTime() + period.end!.getTime()) / 2),
                isBillable: true,
                billingIncrementMinutes: increment,
              };
              const seenAt = new Date(timer.startedAt.getTime() + 61 * MINUTE);
              const atServer = periodFigures(
                10,
                ledgerSums[i]!,
                runningMinutesAt([timer], timer.startedAt, period),
              );
              const live = liveFigures(atServer, [timer], seenAt);
              const withTimer = summarizePeriod(
                terms,
                period,
                [...finished, { ...timer, endedAt: null }],
                seenAt,
              );
              expect(live.usedMinutes).toBe(withTimer.usedMinutes + adjustmentSums[i]!);
            });
            // Every line sits in the period of its instant.
            for (const line of lines) {
              expect(line.periodStartDate).toBe(
                periodContaining(terms, line.chargedAt, timeZone)!.startDate,
              );
            }
            // Statements: issued once, never rewritten; what they carry reconciles to the minute.
            for (const statement of statements) {
              const carried = lines.filter((line) => line.statement === statement.period);
              expect(carried).toEqual(statement.lines);
              const {
                chargedMinutes,
                adjustmentMinutes,
                correctionMinutes,
                closingBalanceMinutes,
              } = statement.totals;
              const sum = carried.reduce((total, line) => total + line.minutes, 0);
              expect(chargedMinutes + adjustmentMinutes + correctionMinutes).toBe(sum);
              expect(closingBalanceMinutes).toBe(600 - sum);
            }
            const stated = statements.reduce(
              (total, s) => total + s.lines.reduce((t, l) => t + l.minutes, 0),
              0,
            );
            const unstated = lines
              .filter((line) => line.statement === null)
              .reduce((t, l) => t + l.minutes, 0);
            expect(stated + unstated).toBe(ledgerSums.reduce((a, b) => a + b, 0));
          }
        },
      ),
      { numRuns: 200 },
    );
    // 200 random histories take about a second alone; a shared, loaded machine can take many times that.
  }, 60_000);
});
