import type {
  Allocation,
  AllocationBlock,
  AllocationCheckpoint,
  AllocationLine,
  AllocationPiece,
  AllocationSubscription,
  BucketFigures,
  BucketKind,
  CheckpointBucket,
  PeriodAllocation,
  ResumeAllocation,
} from './allocation.types.js';

type Bucket = BucketFigures & {
  originIndex: number;
  usableFromIndex: number;
  usableThroughIndex: number;
};

type Event =
  | {
      at: number;
      order: 0;
      kind: 'close-period';
      subscription: AllocationSubscription;
      index: number;
    }
  | { at: number; order: 0; kind: 'close-block'; block: AllocationBlock }
  | { at: number; order: 1 | 2; kind: 'line'; line: AllocationLine; seq: number };

const periodBucketKey = (subscriptionId: string, periodKey: string) =>
  `period:${subscriptionId}:${periodKey}`;
const overageBucketKey = (subscriptionId: string, periodKey: string) =>
  `overage:${subscriptionId}:${periodKey}`;

function newBucket(values: Partial<Bucket> & Pick<Bucket, 'key' | 'kind'>): Bucket {
  return {
    subscriptionId: null,
    periodKey: null,
    blockId: null,
    usableThroughKey: null,
    initialMinutes: 0,
    usedMinutes: 0,
    remainingMinutes: 0,
    expiredMinutes: 0,
    rolledOutMinutes: 0,
    expiresAt: null,
    isClosed: false,
    originIndex: -1,
    usableFromIndex: -1,
    usableThroughIndex: -1,
    ...values,
  };
}

/**
 * Allocates a company's ledger lines to the buckets their minutes come from, in the
 * fixed order of use: rolled-over hours (oldest first), the period's own hours, the
 * oldest valid prepaid block, then overage. Lines are taken in the order they were
 * written, each seeing only the buckets that existed then, so adding a block never
 * re-assigns past work; a give-back returns minutes to the bucket its source (task)
 * took them from, newest first. Periods ending by `now` roll their unused hours over
 * (or let them expire) by the subscription's rule; blocks expire at their end.
 *
 * It is a fold over events in time, so it can start from a checkpoint (`resume.from`:
 * then only the lines written since are given, and `pieces` holds only theirs) and
 * hand one back (`resume.checkpointAt`): a company's years of ledger need not be read
 * on every view.
 */
export function allocateHours(
  subscriptions: readonly AllocationSubscription[],
  blocks: readonly AllocationBlock[],
  lines: readonly AllocationLine[],
  now: Date,
  resume: ResumeAllocation = {},
): Allocation & { checkpoint?: AllocationCheckpoint } {
  const fromMs = resume.from?.throughMs ?? Number.NEGATIVE_INFINITY;
  const checkpointMs = resume.checkpointAt?.getTime();
  if (checkpointMs !== undefined && (checkpointMs > now.getTime() || checkpointMs < fromMs)) {
    throw new RangeError('A checkpoint lies between the one resumed from and now');
  }
  const buckets = new Map<string, Bucket>(
    (resume.from?.buckets ?? []).map((saved) => [saved.key, restoredBucket(saved)]),
  );
  const periodIndexes = new Map<string, Map<string, number>>();
  for (const subscription of subscriptions) {
    const indexes = new Map<string, number>();
    subscription.periods.forEach((period, index) => {
      indexes.set(period.key, index);
      const key = periodBucketKey(subscription.id, period.key);
      // Resumed: periods begun since the checkpoint are new.
      if (buckets.has(key)) return;
      buckets.set(
        key,
        newBucket({
          key,
          kind: 'period',
          subscriptionId: subscription.id,
          periodKey: period.key,
          initialMinutes: period.allowanceMinutes,
          remainingMinutes: period.allowanceMinutes,
          expiresAt: period.end,
          originIndex: index,
          usableFromIndex: index,
          usableThroughIndex: index,
        }),
      );
    });
    periodIndexes.set(subscription.id, indexes);
  }
  const blockById = new Map(blocks.map((block) => [block.id, block]));
  for (const block of blocks) {
    if (buckets.has(`block:${block.id}`)) continue;
    buckets.set(
      `block:${block.id}`,
      newBucket({
        key: `block:${block.id}`,
        kind: 'block',
        blockId: block.id,
        initialMinutes: block.minutes,
        remainingMinutes: block.minutes,
        expiresAt: block.end,
      }),
    );
  }
  // Looked up per line, so kept apart rather than found among every bucket each time (a
  // company's years of periods made that the cost of a central screen): blocks in their
  // order of use, and each subscription's rolled-over hours as its periods close.
  const blockBuckets = [...buckets.values()]
    .filter((bucket) => bucket.kind === 'block' && blockById.has(bucket.blockId!))
    .sort((a, b) => blockOrder(blockById, a, b));
  const rolloversOf = new Map<string, Bucket[]>();
  for (const bucket of buckets.values()) {
    if (bucket.kind !== 'rollover') continue;
    rolloversOf.set(bucket.subscriptionId!, [
      ...(rolloversOf.get(bucket.subscriptionId!) ?? []),
      bucket,
    ]);
  }

  const events: Event[] = [];
  const nowMs = now.getTime();
  const isToFold = (atMs: number) => fromMs <= atMs && atMs <= nowMs;
  for (const subscription of subscriptions) {
    subscription.periods.forEach((period, index) => {
      if (period.end && isToFold(period.end.getTime())) {
        events.push({
          at: period.end.getTime(),
          order: 0,
          kind: 'close-period',
          subscription,
          index,
        });
      }
    });
  }
  for (const block of blocks) {
    if (isToFold(block.end.getTime())) {
      events.push({ at: block.end.getTime(), order: 0, kind: 'close-block', block });
    }
  }
  lines.forEach((line, seq) => {
    if (line.writtenAt.getTime() < fromMs) {
      throw new RangeError(`Line ${line.id} was written before the checkpoint resumed from`);
    }
    events.push({
      at: line.writtenAt.getTime(),
      order: line.minutes < 0 ? 1 : 2,
      kind: 'line',
      line,
      seq,
    });
  });
  // At one instant: closings first (a period is [start, end)), then give-backs, then charges
  // (one change writes its lines in one transaction, at one instant: a task moved frees its
  // old minutes before taking new ones); otherwise lines keep their given order.
  events.sort((a, b) => a.at - b.at || a.order - b.order || seqOf(a) - seqOf(b));

  const pieces: AllocationPiece[] = [];
  const takenBySource = new Map<string, { bucket: Bucket; minutes: number }[]>(
    (resume.from?.taken ?? []).map(({ sourceKey, taken }) => [
      sourceKey,
      taken.map(([key, minutes]) => ({ bucket: buckets.get(key)!, minutes })),
    ]),
  );
  // Sources whose takings changed here: a resumed checkpoint hands on only theirs.
  const touchedSources = new Set<string>(resume.from ? [] : takenBySource.keys());
  const byPeriod = new Map<string, PeriodAllocation>(
    (resume.from?.periods ?? []).map((figures) => [
      `${figures.subscriptionId}|${figures.periodKey}`,
      { ...figures },
    ]),
  );

  const place = (line: AllocationLine, bucket: Bucket, minutes: number) => {
    bucket.usedMinutes += minutes;
    if (bucket.kind !== 'overage') {
      if (bucket.isClosed && minutes < 0) bucket.expiredMinutes -= minutes;
      else bucket.remainingMinutes -= minutes;
    }
    pieces.push({ lineId: line.id, bucketKey: bucket.key, kind: bucket.kind, minutes });
    (periodFiguresOf(byPeriod, line)[KIND_FIELD[bucket.kind]] as number) += minutes;
  };

  const overageOf = (line: AllocationLine): Bucket => {
    const key = overageBucketKey(line.subscriptionId, line.periodKey);
    let bucket = buckets.get(key);
    if (!bucket) {
      bucket = newBucket({
        key,
        kind: 'overage',
        subscriptionId: line.subscriptionId,
        periodKey: line.periodKey,
      });
      buckets.set(key, bucket);
    }
    return bucket;
  };

  const isOpen = (bucket: Bucket) => !bucket.isClosed && bucket.remainingMinutes > 0;

  /** The buckets a charge may take from, in the order of use. */
  const eligibleFor = (line: AllocationLine): Bucket[] => {
    const index = periodIndexes.get(line.subscriptionId)?.get(line.periodKey);
    const rollovers =
      index === undefined
        ? []
        : (rolloversOf.get(line.subscriptionId) ?? [])
            .filter(
              (bucket) =>
                isOpen(bucket) &&
                bucket.usableFromIndex <= index &&
                index <= bucket.usableThroughIndex,
            )
            .sort((a, b) => a.originIndex - b.originIndex);
    const period = buckets.get(periodBucketKey(line.subscriptionId, line.periodKey));
    const charged = line.chargedAt.getTime();
    const written = line.writtenAt.getTime();
    const usableBlocks = blockBuckets.filter((bucket) => {
      const block = blockById.get(bucket.blockId!)!;
      return (
        isOpen(bucket) &&
        block.activeFrom.getTime() <= written &&
        block.start.getTime() <= charged &&
        charged < block.end.getTime()
      );
    });
    return [...rollovers, ...(period && isOpen(period) ? [period] : []), ...usableBlocks];
  };

  const charge = (line: AllocationLine, source: string) => {
    let left = line.minutes;
    const taken = takenBySource.get(source) ?? [];
    for (const bucket of eligibleFor(line)) {
      if (left === 0) break;
      const minutes = Math.min(left, bucket.remainingMinutes);
      place(line, bucket, minutes);
      taken.push({ bucket, minutes });
      left -= minutes;
    }
    if (left > 0) {
      const overage = overageOf(line);
      place(line, overage, left);
      taken.push({ bucket: overage, minutes: left });
    }
    takenBySource.set(source, taken);
  };

  const giveBack = (line: AllocationLine, source: string) => {
    let left = -line.minutes;
    const taken = takenBySource.get(source) ?? [];
    // Newest first: undoing the last charge frees the bucket it came from.
    while (left > 0 && taken.length > 0) {
      const last = taken[taken.length - 1]!;
      const minutes = Math.min(left, last.minutes);
      place(line, last.bucket, -minutes);
      last.minutes -= minutes;
      left -= minutes;
      if (last.minutes === 0) taken.pop();
    }
    if (left > 0) {
      // Nothing of this source to return to (a correction of an old line): a credit to
      // the line's own period (its overage first).
      const overage = overageOf(line);
      const fromOverage = Math.min(left, overage.usedMinutes);
      if (fromOverage > 0) place(line, overage, -fromOverage);
      left -= fromOverage;
      const period = buckets.get(periodBucketKey(line.subscriptionId, line.periodKey));
      if (left > 0) place(line, period ?? overage, -left);
    }
  };

  const closePeriod = (subscription: AllocationSubscription, index: number) => {
    const period = subscription.periods[index]!;
    const rollovers = rolloversOf.get(subscription.id) ?? [];
    for (const bucket of rollovers) {
      if (bucket.usableThroughIndex === index && !bucket.isClosed) expire(bucket);
    }
    const own = buckets.get(periodBucketKey(subscription.id, period.key))!;
    const unused = Math.max(0, own.remainingMinutes);
    const next = subscription.periods[index + 1];
    const { capMinutes, periods } = subscription.rollover;
    let carried = 0;
    if (periods > 0 && next && unused > 0) {
      const held = rollovers
        .filter((b) => !b.isClosed)
        .reduce((sum, b) => sum + b.remainingMinutes, 0);
      carried = capMinutes === null ? unused : Math.max(0, Math.min(unused, capMinutes - held));
    }
    if (carried > 0) {
      const key = `rollover:${subscription.id}:${period.key}`;
      const rolled = newBucket({
        key,
        kind: 'rollover',
        subscriptionId: subscription.id,
        periodKey: period.key,
        usableThroughKey: subscription.periods[index + periods]?.key ?? null,
        initialMinutes: carried,
        remainingMinutes: carried,
        expiresAt: subscription.periods[index + periods]?.end ?? null,
        originIndex: index,
        usableFromIndex: index + 1,
        // A last period beyond those given has not ended yet: it closes on a later call.
        usableThroughIndex: index + periods,
      });
      buckets.set(key, rolled);
      rolloversOf.set(subscription.id, [...rollovers, rolled]);
      own.remainingMinutes -= carried;
      own.rolledOutMinutes += carried;
    }
    expire(own);
  };

  let checkpoint: AllocationCheckpoint | undefined;
  const takeCheckpoint = () => {
    checkpoint = checkpointOf(checkpointMs!, buckets, byPeriod, takenBySource, touchedSources);
  };
  for (const event of events) {
    if (checkpointMs !== undefined && !checkpoint && event.at >= checkpointMs) takeCheckpoint();
    if (event.kind === 'close-period') closePeriod(event.subscription, event.index);
    else if (event.kind === 'close-block') expire(buckets.get(`block:${event.block.id}`)!);
    else {
      const source = event.line.sourceKey ?? `line:${event.line.id}`;
      periodFiguresOf(byPeriod, event.line).chargedMinutes += event.line.minutes;
      if (event.line.minutes > 0) charge(event.line, source);
      else if (event.line.minutes < 0) giveBack(event.line, source);
      // Only a task's takings can be given back to later; a lone line's never are.
      if (event.line.sourceKey !== null) touchedSources.add(source);
    }
  }
  if (checkpointMs !== undefined && !checkpoint) takeCheckpoint();

  return {
    buckets: [...buckets.values()].map(publicFigures),
    pieces,
    periods: [...byPeriod.values()],
    ...(checkpoint ? { checkpoint } : {}),
  };
}

/** A deep copy of the fold's state (it goes on changing after). */
function checkpointOf(
  throughMs: number,
  buckets: Map<string, Bucket>,
  byPeriod: Map<string, PeriodAllocation>,
  takenBySource: Map<string, { bucket: Bucket; minutes: number }[]>,
  touchedSources: Set<string>,
): AllocationCheckpoint {
  return {
    throughMs,
    buckets: [...buckets.values()].map(({ expiresAt, ...bucket }) => ({
      ...bucket,
      expiresAtMs: expiresAt?.getTime() ?? null,
    })),
    periods: [...byPeriod.values()].map((figures) => ({ ...figures })),
    taken: [...touchedSources].map((sourceKey) => ({
      sourceKey,
      taken: (takenBySource.get(sourceKey) ?? []).map(
        ({ bucket, minutes }) => [bucket.key, minutes] as [string, number],
      ),
    })),
  };
}

function restoredBucket({ expiresAtMs, ...saved }: CheckpointBucket): Bucket {
  return { ...saved, expiresAt: expiresAtMs === null ? null : new Date(expiresAtMs) };
}

/** A line's period's sums (created at zero): the ledger's own grouping. */
function periodFiguresOf(
  byPeriod: Map<string, PeriodAllocation>,
  line: AllocationLine,
): PeriodAllocation {
  const key = `${line.subscriptionId}|${line.periodKey}`;
  let figures = byPeriod.get(key);
  if (!figures) {
    figures = {
      subscriptionId: line.subscriptionId,
      periodKey: line.periodKey,
      chargedMinutes: 0,
      fromRolloverMinutes: 0,
      fromPeriodMinutes: 0,
      fromBlockMinutes: 0,
      overageMinutes: 0,
    };
    byPeriod.set(key, figures);
  }
  return figures;
}

const seqOf = (event: Event) => (event.kind === 'line' ? event.seq : 0);

/** Oldest block first: by its start, then by when it became active. */
function blockOrder(byId: Map<string, AllocationBlock>, a: Bucket, b: Bucket): number {
  const first = byId.get(a.blockId!)!;
  const second = byId.get(b.blockId!)!;
  return (
    first.start.getTime() - second.start.getTime() ||
    first.activeFrom.getTime() - second.activeFrom.getTime() ||
    first.id.localeCompare(second.id)
  );
}

/** What is left of a bucket expires; nothing more is taken from it. A period's overdraft stays as used. */
function expire(bucket: Bucket): void {
  if (bucket.remainingMinutes > 0) {
    bucket.expiredMinutes += bucket.remainingMinutes;
    bucket.remainingMinutes = 0;
  }
  bucket.isClosed = true;
}

function publicFigures(bucket: Bucket): BucketFigures {
  const { originIndex: _o, usableFromIndex: _f, usableThroughIndex: _t, ...figures } = bucket;
  return figures;
}

const KIND_FIELD: Record<BucketKind, keyof PeriodAllocation> = {
  rollover: 'fromRolloverMinutes',
  period: 'fromPeriodMinutes',
  block: 'fromBlockMinutes',
  overage: 'overageMinutes',
};
