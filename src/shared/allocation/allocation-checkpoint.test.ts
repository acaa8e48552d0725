import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateHours } from './allocate-hours.js';
import type {
  Allocation,
  AllocationBlock,
  AllocationCheckpoint,
  AllocationLine,
  AllocationSubscription,
  SourceTakings,
} from './allocation.types.js';

// Synthetic periods of 1,000 minutes each: period k is [k·P, (k+1)·P).
const MINUTE = 60_000;
const P = 1_000 * MINUTE;
const at = (minutes: number) => new Date(minutes * MINUTE);

/** Like the server: every period begun by `now`, plus as many after as rolled hours reach. */
function subscriptionAt(
  id: string,
  allowance: number,
  rollover: AllocationSubscription['rollover'],
  now: Date,
): AllocationSubscription {
  const begun = Math.floor(now.getTime() / P) + 1;
  return {
    id,
    rollover,
    periods: Array.from({ length: begun + rollover.periods }, (_, k) => ({
      key: `p${String(k).padStart(2, '0')}`,
      start: new Date(k * P),
      end: new Date((k + 1) * P),
      allowanceMinutes: allowance,
    })),
  };
}

const opArb = fc.record({
  giveBack: fc.boolean(),
  sub: fc.nat(1),
  period: fc.nat(4),
  minutes: fc.integer({ min: 1, max: 400 }),
  // Some lines belong to no task (an adjustment): their takings are never given back to.
  task: fc.option(fc.nat(6), { nil: null, freq: 5 }),
  delay: fc.nat(1_500),
});
const scenarioArb = fc.record({
  policies: fc.tuple(
    fc.record({ capMinutes: fc.option(fc.nat(900), { nil: null }), periods: fc.nat(3) }),
    fc.record({ capMinutes: fc.option(fc.nat(900), { nil: null }), periods: fc.nat(3) }),
  ),
  allowances: fc.tuple(fc.nat(800), fc.nat(800)),
  blocks: fc.array(
    fc.record({
      minutes: fc.integer({ min: 1, max: 900 }),
      activeFrom: fc.nat(5_000),
      start: fc.nat(5_000),
      length: fc.integer({ min: 1, max: 3_000 }),
    }),
    { maxLength: 3 },
  ),
  ops: fc.array(opArb, { maxLength: 40 }),
  // Four instants in order, as fractions of `now`: checkpoint, view, checkpoint, view.
  cuts: fc.array(fc.integer({ min: 0, max: 1_000 }), { minLength: 4, maxLength: 4 }),
  now: fc.integer({ min: 0, max: 6_000 }),
});
type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

function build(input: Scenario) {
  const blocks: AllocationBlock[] = input.blocks.map((b, i) => ({
    id: `b${i}`,
    minutes: b.minutes,
    activeFrom: at(b.activeFrom),
    start: at(b.start),
    end: at(b.start + b.length),
  }));
  const lines: AllocationLine[] = input.ops
    .map((op, i) => ({
      id: `l${String(i).padStart(2, '0')}`,
      subscriptionId: `s${op.sub}`,
      periodKey: `p${String(op.period).padStart(2, '0')}`,
      chargedAt: at(op.period * 1_000 + 1),
      writtenAt: at(op.period * 1_000 + 1 + op.delay),
      minutes: op.giveBack ? -op.minutes : op.minutes,
      sourceKey: op.task === null ? null : `t${op.task}`,
    }))
    .sort(
      (a, b) =>
        a.writtenAt.getTime() - b.writtenAt.getTime() ||
        Number(a.minutes > 0) - Number(b.minutes > 0) ||
        a.id.localeCompare(b.id),
    );
  const subscriptionsAt = (now: Date) =>
    input.policies.map((policy, i) => subscriptionAt(`s${i}`, input.allowances[i]!, policy, now));
  const instants = [...input.cuts].sort((a, b) => a - b).map((c) => at((input.now * c) / 1_000));
  return { blocks, lines, subscriptionsAt, instants, now: at(input.now) };
}

/** Buckets and period sums in one order, to compare two allocations. */
const figuresOf = (allocation: Allocation) => ({
  buckets: [...allocation.buckets].sort((a, b) => a.key.localeCompare(b.key)),
  periods: [...allocation.periods].sort((a, b) =>
    `${a.subscriptionId}${a.periodKey}`.localeCompare(`${b.subscriptionId}${b.periodKey}`),
  ),
});

/** Stores checkpoints as the server does: JSON, and each source's takings upserted. */
class CheckpointStore {
  private checkpoint: AllocationCheckpoint | undefined;
  private readonly taken = new Map<string, SourceTakings>();

  save(checkpoint: AllocationCheckpoint) {
    const stored = JSON.parse(JSON.stringify(checkpoint)) as AllocationCheckpoint;
    for (const takings of stored.taken) this.taken.set(takings.sourceKey, takings);
    this.checkpoint = { ...stored, taken: [] };
  }

  /** The checkpoint with the takings of the sources these lines name, and nothing else. */
  resumeFor(lines: readonly AllocationLine[]): AllocationCheckpoint {
    const named = new Set(lines.flatMap((l) => (l.sourceKey ? [l.sourceKey] : [])));
    return {
      ...this.checkpoint!,
      taken: [...this.taken.values()].filter((t) => named.has(t.sourceKey)),
    };
  }
}

describe('allocateHours from a checkpoint', () => {
  it('gives what allocating every line from scratch gives, checkpoint after checkpoint', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const { blocks, lines, subscriptionsAt, instants, now } = build(input);
        const [cut1, view1, cut2, view2] = instants as [Date, Date, Date, Date];
        const writtenBy = (t: Date) => lines.filter((l) => l.writtenAt <= t);
        const store = new CheckpointStore();

        // A first view allocates from scratch and keeps a checkpoint.
        const first = allocateHours(subscriptionsAt(view1), blocks, writtenBy(view1), view1, {
          checkpointAt: cut1,
        });
        store.save(first.checkpoint!);

        // A later view folds only what was written since into it, and keeps a newer one.
        const since1 = writtenBy(view2).filter((l) => l.writtenAt >= cut1);
        const second = allocateHours(subscriptionsAt(view2), blocks, since1, view2, {
          from: store.resumeFor(since1),
          checkpointAt: cut2,
        });
        store.save(second.checkpoint!);
        const scratch2 = allocateHours(subscriptionsAt(view2), blocks, writtenBy(view2), view2);
        expect(figuresOf(second)).toEqual(figuresOf(scratch2));
        expect(second.pieces).toEqual(
          scratch2.pieces.filter((p) => since1.some((l) => l.id === p.lineId)),
        );

        // And the last, from the newer checkpoint.
        const since2 = writtenBy(now).filter((l) => l.writtenAt >= cut2);
        const third = allocateHours(subscriptionsAt(now), blocks, since2, now, {
          from: store.resumeFor(since2),
        });
        const scratch = allocateHours(subscriptionsAt(now), blocks, writtenBy(now), now);
        expect(figuresOf(third)).toEqual(figuresOf(scratch));
      }),
      { numRuns: 400 },
    );
  });

  it('refuses a line written before the checkpoint it resumes from', () => {
    const sub = subscriptionAt('s0', 600, { capMinutes: null, periods: 0 }, at(3_000));
    const early: AllocationLine = {
      id: 'l1',
      subscriptionId: 's0',
      periodKey: 'p00',
      chargedAt: at(10),
      writtenAt: at(10),
      minutes: 30,
      sourceKey: 't1',
    };
    const { checkpoint } = allocateHours([sub], [], [early], at(3_000), {
      checkpointAt: at(2_000),
    });
    expect(checkpoint!.throughMs).toBe(at(2_000).getTime());
    expect(checkpoint!.taken).toEqual([{ sourceKey: 't1', taken: [['period:s0:p00', 30]] }]);
    expect(() => allocateHours([sub], [], [early], at(3_000), { from: checkpoint })).toThrow(
      RangeError,
    );
  });
});
