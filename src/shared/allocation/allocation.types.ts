/**
 * What the allocation of hours works on (DESIGN.md, Hours; issue 16): the buckets a
 * company's minutes can come from and the ledger lines that take them, all in whole
 * minutes and instants. The server builds these from its rows; the math is pure.
 */

/** How a subscription's unused hours roll over: `periods` 0 = they expire at the period's end. */
export interface RolloverPolicy {
  /** The most rolled-over minutes held at once; null = no cap. */
  capMinutes: number | null;
  /** How many following periods rolled hours stay usable for (0 = no rollover). */
  periods: number;
}

/** One billing period of a subscription, with its allowance. */
export interface AllocationPeriod {
  /** The period's first local day ('YYYY-MM-DD'), as ledger lines name it. */
  key: string;
  start: Date;
  /** Exclusive; null = the period has no end (an open one-off). */
  end: Date | null;
  allowanceMinutes: number;
}

/** A subscription: its periods in order (index 0 first) and its rollover rule. */
export interface AllocationSubscription {
  id: string;
  periods: readonly AllocationPeriod[];
  rollover: RolloverPolicy;
}

/** A prepaid block of the company («πακέτο ωρών» bought once). */
export interface AllocationBlock {
  id: string;
  minutes: number;
  /** When it became active (confirmed): lines written before never take from it. */
  activeFrom: Date;
  /** Work charged from this instant on may take from it (its first local day). */
  start: Date;
  /** Exclusive: the instant after its last valid day; unused minutes expire then. */
  end: Date;
}

/** A ledger line (or a running timer's minutes, written "now"). */
export interface AllocationLine {
  id: string;
  subscriptionId: string;
  /** The period the line is charged to (its key). */
  periodKey: string;
  /** The instant that places the minutes (a task's start). */
  chargedAt: Date;
  /** When the line was written: lines are allocated in this order. */
  writtenAt: Date;
  /** Signed: + charged, − given back. */
  minutes: number;
  /** Lines with the same source (a task) give back to where its minutes came from; null = the line alone. */
  sourceKey: string | null;
}

/** The kinds of bucket, in the fixed order of use. */
export const BUCKET_KINDS = ['rollover', 'period', 'block', 'overage'] as const;
export type BucketKind = (typeof BUCKET_KINDS)[number];

/** A bucket's state after allocating; initial = used + remaining + expired + rolledOut. */
export interface BucketFigures {
  key: string;
  kind: BucketKind;
  /** The subscription of a rollover, period or overage bucket; null for a block. */
  subscriptionId: string | null;
  /** The period a period/overage bucket belongs to, or where a rollover came from. */
  periodKey: string | null;
  blockId: string | null;
  /** For a rollover: the last period (key) it may be used in. */
  usableThroughKey: string | null;
  initialMinutes: number;
  usedMinutes: number;
  remainingMinutes: number;
  expiredMinutes: number;
  /** A period's unused minutes carried into a rollover bucket. */
  rolledOutMinutes: number;
  /** When what remains expires (a rollover's last period end, a block's end, a period's end). */
  expiresAt: Date | null;
  /** Ended (period over, rollover or block expired): nothing more is taken from it. */
  isClosed: boolean;
}

/** Where one line's minutes went (negative: given back to that bucket). */
export interface AllocationPiece {
  lineId: string;
  bucketKey: string;
  kind: BucketKind;
  minutes: number;
}

/** One period's charged minutes (the lines labelled with it), split by where they went. */
export interface PeriodAllocation {
  subscriptionId: string;
  periodKey: string;
  /** The ledger's own sum for the period: the four parts below always add up to it. */
  chargedMinutes: number;
  fromRolloverMinutes: number;
  fromPeriodMinutes: number;
  fromBlockMinutes: number;
  /** Past every bucket: the figure an overage price multiplies. */
  overageMinutes: number;
}

export interface Allocation {
  buckets: BucketFigures[];
  pieces: AllocationPiece[];
  periods: PeriodAllocation[];
}

/**
 * What a company's allocation stood at just before an instant (`throughMs`): every
 * bucket, each period's sums so far, and where each task's minutes were taken from
 * (a give-back written later returns them there). Folding the lines written from
 * `throughMs` on into it gives what allocating every line from scratch gives, as
 * long as the buckets' inputs (subscriptions, blocks) are the same; plain JSON.
 */
export interface AllocationCheckpoint {
  throughMs: number;
  buckets: CheckpointBucket[];
  periods: PeriodAllocation[];
  /**
   * Each source's takings, newest last. From scratch: every source's. Resumed: only the
   * sources touched since the checkpoint resumed from (the rest are unchanged).
   */
  taken: SourceTakings[];
}

/** A bucket as a checkpoint keeps it: its figures plus where in its subscription's periods it may be used. */
export interface CheckpointBucket extends Omit<BucketFigures, 'expiresAt'> {
  expiresAtMs: number | null;
  originIndex: number;
  usableFromIndex: number;
  usableThroughIndex: number;
}

/** Where one source's (a task's) minutes are held now, oldest first: [bucket key, minutes]. */
export interface SourceTakings {
  sourceKey: string;
  taken: [bucketKey: string, minutes: number][];
}

/** Continue from a checkpoint: the lines given must all be written at or after its `throughMs`. */
export interface ResumeAllocation {
  from?: AllocationCheckpoint;
  /** Also return the state just before this instant (≤ now), to resume from later. */
  checkpointAt?: Date;
}
