import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateHours } from './allocate-hours.js';
import type {
  AllocationBlock,
  AllocationLine,
  AllocationSubscription,
  BucketKind,
} from './allocation.types.js';

// Synthetic periods of 1,000 minutes each: period k is [k·P, (k+1)·P).
const MINUTE = 60_000;
const P = 1_000 * MINUTE;
const at = (minutes: number) => new Date(minutes * MINUTE);
const RANK: Record<BucketKind, number> = { rollover: 0, period: 1, block: 2, overage: 3 };

function subscriptionOf(
  id: string,
  count: number,
  allowance: number,
  rollover: AllocationSubscription['rollover'],
): AllocationSubscription {
  return {
    id,
    rollover,
    periods: Array.from({ length: count }, (_, k) => ({
      key: `p${k}`,
      start: new Date(k * P),
      end: new Date((k + 1) * P),
      allowanceMinutes: allowance,
    })),
  };
}

let lineSeq = 0;
function line(
  subscriptionId: string,
  period: number,
  minutes: number,
  writtenAtMinute: number,
  sourceKey: string | null = null,
): AllocationLine {
  lineSeq += 1;
  return {
    id: `l${lineSeq}`,
    subscriptionId,
    periodKey: `p${period}`,
    chargedAt: new Date(period * P + MINUTE),
    writtenAt: at(writtenAtMinute),
    minutes,
    sourceKey,
  };
}

const piecesOf = (result: ReturnType<typeof allocateHours>, lineId: string) =>
  result.pieces.filter((piece) => piece.lineId === lineId).map((p) => [p.kind, p.minutes]);

describe('allocateHours: the order of use', () => {
  it('takes rolled-over hours, then the period, then the oldest block, then overage', () => {
    const sub = subscriptionOf('s', 3, 600, { capMinutes: null, periods: 1 });
    const older: AllocationBlock = {
      id: 'b-old',
      minutes: 100,
      activeFrom: at(0),
      start: at(0),
      end: at(5_000),
    };
    const newer: AllocationBlock = { ...older, id: 'b-new', start: at(10) };
    const first = line('s', 0, 400, 500, 't1');
    const second = line('s', 1, 1_100, 1_500, 't2');
    const result = allocateHours([sub], [newer, older], [first, second], at(1_600));
    expect(piecesOf(result, first.id)).toEqual([['period', 400]]);
    // 200 rolled over from p0, then 600 of p1, then 100 of the older block, 100 of the newer, 100 overage.
    expect(piecesOf(result, second.id)).toEqual([
      ['rollover', 200],
      ['period', 600],
      ['block', 100],
      ['block', 100],
      ['overage', 100],
    ]);
    expect(result.pieces.find((p) => p.lineId === second.id && p.kind === 'block')?.bucketKey).toBe(
      'block:b-old',
    );
    const p1 = result.periods.find((p) => p.periodKey === 'p1')!;
    expect(p1).toMatchObject({
      chargedMinutes: 1_100,
      fromRolloverMinutes: 200,
      fromPeriodMinutes: 600,
      fromBlockMinutes: 200,
      overageMinutes: 100,
    });
  });

  it('caps the rollover and lets the rest expire, visibly', () => {
    const sub = subscriptionOf('s', 3, 600, { capMinutes: 120, periods: 1 });
    const result = allocateHours([sub], [], [line('s', 0, 60, 10)], at(1_001));
    const rollover = result.buckets.find((b) => b.kind === 'rollover')!;
    expect(rollover).toMatchObject({ initialMinutes: 120, usableThroughKey: 'p1' });
    expect(rollover.expiresAt).toEqual(new Date(2 * P));
    const p0 = result.buckets.find((b) => b.key === 'period:s:p0')!;
    expect(p0).toMatchObject({ usedMinutes: 60, rolledOutMinutes: 120, expiredMinutes: 420 });
  });

  it('expires rolled-over hours after their periods, and nothing rolls without a rule', () => {
    const rolling = subscriptionOf('s', 4, 600, { capMinutes: null, periods: 1 });
    const result = allocateHours([rolling], [], [], at(2_000));
    const fromP0 = result.buckets.find((b) => b.key === 'rollover:s:p0')!;
    expect(fromP0).toMatchObject({ initialMinutes: 600, expiredMinutes: 600, isClosed: true });
    const none = subscriptionOf('n', 3, 600, { capMinutes: null, periods: 0 });
    const plain = allocateHours([none], [], [], at(2_000));
    expect(plain.buckets.filter((b) => b.kind === 'rollover')).toEqual([]);
  });

  it('never gives a block to work written before the block became active', () => {
    const sub = subscriptionOf('s', 2, 60, { capMinutes: null, periods: 0 });
    const block: AllocationBlock = {
      id: 'b',
      minutes: 600,
      activeFrom: at(500),
      start: at(0),
      end: at(5_000),
    };
    const before = line('s', 0, 120, 100, 't1');
    const after = line('s', 0, 30, 600, 't2');
    const result = allocateHours([sub], [block], [before, after], at(700));
    expect(piecesOf(result, before.id)).toEqual([
      ['period', 60],
      ['overage', 60],
    ]);
    expect(piecesOf(result, after.id)).toEqual([['block', 30]]);
  });

  it('returns a give-back to the bucket its task took the minutes from', () => {
    const sub = subscriptionOf('s', 2, 60, { capMinutes: null, periods: 0 });
    const block: AllocationBlock = {
      id: 'b',
      minutes: 600,
      activeFrom: at(0),
      start: at(0),
      end: at(5_000),
    };
    const a = line('s', 0, 60, 10, 'ta');
    const b = line('s', 0, 90, 20, 'tb');
    const undoA = line('s', 0, -60, 30, 'ta');
    const result = allocateHours([sub], [block], [a, b, undoA], at(40));
    expect(piecesOf(result, undoA.id)).toEqual([['period', -60]]);
    expect(result.buckets.find((x) => x.key === 'period:s:p0')!.remainingMinutes).toBe(60);
    expect(result.buckets.find((x) => x.key === 'block:b')!.usedMinutes).toBe(90);
  });
});

describe('allocateHours: one change, one instant', () => {
  it("frees a moved task's old minutes before charging its new period", () => {
    const sub = subscriptionOf('s', 2, 60, { capMinutes: null, periods: 0 });
    const charged = line('s', 0, 60, 10, 't');
    // The move writes its + line first here; the − line of the same instant still goes first.
    const plus = line('s', 1, 60, 1_200, 't');
    const minus = line('s', 0, -60, 1_200, 't');
    const result = allocateHours([sub], [], [charged, plus, minus], at(1_300));
    expect(piecesOf(result, minus.id)).toEqual([['period', -60]]);
    expect(piecesOf(result, plus.id)).toEqual([['period', 60]]);
    expect(result.buckets.find((b) => b.key === 'period:s:p0')).toMatchObject({
      usedMinutes: 0,
      expiredMinutes: 60,
    });
  });
});

// ---- Property tests: random tasks, give-backs, blocks and period ends --------------------

type Op =
  | { kind: 'charge'; sub: number; period: number; minutes: number; task: number; delay: number }
  | { kind: 'giveBack'; sub: number; period: number; minutes: number; task: number; delay: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('charge' as const),
      sub: fc.nat(1),
      period: fc.nat(4),
      minutes: fc.integer({ min: 1, max: 400 }),
      task: fc.nat(8),
      delay: fc.nat(1_500),
    }),
  },
  fc.record({
    kind: fc.constant('giveBack' as const),
    sub: fc.nat(1),
    period: fc.nat(4),
    minutes: fc.integer({ min: 1, max: 400 }),
    task: fc.nat(8),
    delay: fc.nat(1_500),
  }),
);
const blockArb = fc.record({
  minutes: fc.integer({ min: 1, max: 900 }),
  activeFrom: fc.nat(5_000),
  start: fc.nat(5_000),
  length: fc.integer({ min: 1, max: 3_000 }),
});
const policyArb = fc.record({
  capMinutes: fc.option(fc.nat(900), { nil: null }),
  periods: fc.nat(3),
});

const scenarioArb = fc.record({
  policies: fc.tuple(policyArb, policyArb),
  allowances: fc.tuple(fc.nat(800), fc.nat(800)),
  blocks: fc.array(blockArb, { maxLength: 4 }),
  ops: fc.array(opArb, { maxLength: 40 }),
  now: fc.integer({ min: 0, max: 6_000 }),
});

type ScenarioInput = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

function build(input: ScenarioInput) {
  const subscriptions = input.policies.map((policy, i) =>
    subscriptionOf(`s${i}`, 6, input.allowances[i]!, policy),
  );
  const blocks: AllocationBlock[] = input.blocks.map((b, i) => ({
    id: `b${i}`,
    minutes: b.minutes,
    activeFrom: at(b.activeFrom),
    start: at(b.start),
    end: at(b.start + b.length),
  }));
  const lines: AllocationLine[] = input.ops
    .map((op, i) => ({
      id: `l${i}`,
      subscriptionId: `s${op.sub}`,
      periodKey: `p${op.period}`,
      chargedAt: at(op.period * 1_000 + 1),
      // Written when the work was done or later (a late correction).
      writtenAt: at(op.period * 1_000 + 1 + op.delay),
      minutes: op.kind === 'charge' ? op.minutes : -op.minutes,
      sourceKey: `t${op.task}`,
    }))
    .filter((l) => l.writtenAt.getTime() <= input.now * MINUTE)
    .sort(
      (a, b) =>
        a.writtenAt.getTime() - b.writtenAt.getTime() ||
        Number(a.minutes > 0) - Number(b.minutes > 0),
    );
  return { subscriptions, blocks, lines, now: at(input.now) };
}

describe('allocateHours: properties', () => {
  it('places every minute exactly once, and every figure equals the ledger', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const { subscriptions, blocks, lines, now } = build(input);
        const result = allocateHours(subscriptions, blocks, lines, now);
        for (const l of lines) {
          const placed = result.pieces
            .filter((p) => p.lineId === l.id)
            .reduce((s, p) => s + p.minutes, 0);
          expect(placed).toBe(l.minutes);
        }
        for (const period of result.periods) {
          const ledger = lines
            .filter(
              (l) => l.subscriptionId === period.subscriptionId && l.periodKey === period.periodKey,
            )
            .reduce((s, l) => s + l.minutes, 0);
          expect(period.chargedMinutes).toBe(ledger);
          expect(
            period.fromRolloverMinutes +
              period.fromPeriodMinutes +
              period.fromBlockMinutes +
              period.overageMinutes,
          ).toBe(ledger);
        }
        for (const bucket of result.buckets) {
          if (bucket.kind === 'overage') continue;
          expect(bucket.remainingMinutes).toBeGreaterThanOrEqual(0);
          expect(
            bucket.usedMinutes +
              bucket.remainingMinutes +
              bucket.expiredMinutes +
              bucket.rolledOutMinutes,
          ).toBe(bucket.initialMinutes);
          if (bucket.isClosed) expect(bucket.remainingMinutes).toBe(0);
        }
        // Rollovers never hold more than the cap at their birth, nor more than was unused.
        for (const sub of subscriptions) {
          const cap = sub.rollover.capMinutes;
          for (const bucket of result.buckets.filter(
            (b) => b.kind === 'rollover' && b.subscriptionId === sub.id,
          )) {
            expect(sub.rollover.periods).toBeGreaterThan(0);
            if (cap !== null) expect(bucket.initialMinutes).toBeLessThanOrEqual(cap);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('takes a charge in the order of use, and past lines never move', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const { subscriptions, blocks, lines, now } = build(input);
        const result = allocateHours(subscriptions, blocks, lines, now);
        for (const l of lines.filter((x) => x.minutes > 0)) {
          const ranks = result.pieces.filter((p) => p.lineId === l.id).map((p) => RANK[p.kind]);
          expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
        }
        // The allocation as it stood when any earlier line was written is a prefix of today's.
        lines.forEach((l, i) => {
          const past = allocateHours(subscriptions, blocks, lines.slice(0, i + 1), l.writtenAt);
          const samePast = result.pieces.filter((p) =>
            past.pieces.some((q) => q.lineId === p.lineId),
          );
          expect(samePast).toEqual(past.pieces);
          // A line that fell into overage found every bucket it could use empty.
          if (l.minutes > 0 && past.pieces.some((p) => p.lineId === l.id && p.kind === 'overage')) {
            expect(usableLeft(past, subscriptions, blocks, l)).toBe(0);
          }
        });
        // A block confirmed later changes nothing already allocated.
        const later: AllocationBlock = {
          id: 'late',
          minutes: 10_000,
          activeFrom: new Date(now.getTime() + 1),
          start: at(0),
          end: at(100_000),
        };
        expect(allocateHours(subscriptions, [...blocks, later], lines, now).pieces).toEqual(
          result.pieces,
        );
      }),
      { numRuns: 120 },
    );
  });
});

/** What a charge line could still have taken, seen from outside the allocation. */
function usableLeft(
  result: ReturnType<typeof allocateHours>,
  subscriptions: readonly AllocationSubscription[],
  blocks: readonly AllocationBlock[],
  l: AllocationLine,
): number {
  const index = Number(l.periodKey.slice(1));
  const rule = subscriptions.find((s) => s.id === l.subscriptionId)!.rollover;
  return result.buckets
    .filter((bucket) => !bucket.isClosed)
    .filter((bucket) => {
      if (bucket.kind === 'period') {
        return bucket.subscriptionId === l.subscriptionId && bucket.periodKey === l.periodKey;
      }
      if (bucket.kind === 'rollover') {
        const origin = Number(bucket.periodKey!.slice(1));
        return (
          bucket.subscriptionId === l.subscriptionId &&
          origin < index &&
          index <= origin + rule.periods
        );
      }
      if (bucket.kind === 'block') {
        const block = blocks.find((b) => b.id === bucket.blockId)!;
        return (
          block.activeFrom <= l.writtenAt && block.start <= l.chargedAt && l.chargedAt < block.end
        );
      }
      return false;
    })
    .reduce((sum, bucket) => sum + bucket.remainingMinutes, 0);
}
