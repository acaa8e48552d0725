import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

/** The few log calls a worker makes (Fastify's logger fits). */
export interface WorkerLog {
  info(object: object, message: string): void;
  warn(object: object, message: string): void;
  error(object: object, message: string): void;
}

export const silentLog: WorkerLog = { info: () => {}, warn: () => {}, error: () => {} };

/** A durable queue whose rows a worker claims for a lease (the email and webhook outboxes). */
export interface LeasedQueue<Row extends { id: string }> {
  /** Claims up to `limit` due rows for the worker until `leaseUntil` (SKIP LOCKED: never a row another holds). */
  claim(claim: { workerId: string; now: Date; leaseUntil: Date; limit: number }): Promise<Row[]>;
  /** Extends the lease on those of `ids` the worker still holds, and returns them. */
  renew(workerId: string, ids: string[], leaseUntil: Date): Promise<Set<string>>;
}

export interface LeasedWorkerOptions<Row extends { id: string }, Outcome extends string, Round> {
  queue: LeasedQueue<Row>;
  /** Read once per round before its rows are handled (e.g. settings an admin may change any time). */
  prepareRound: () => Promise<Round>;
  /** Handles one claimed row, still held; answers how it went. */
  handle: (row: Row, round: Round) => Promise<Outcome>;
  /** The outcomes a round counts (all start at 0). */
  outcomes: readonly Outcome[];
  /** Rows claimed per round: few, so that a round is short and other processes get the rest. */
  batchSize: number;
  /** How long a claim holds a row before another worker may take it: how long a crashed process's rows wait. */
  leaseMs: number;
  /** How often a round in progress renews its claims (default a third of the lease). */
  heartbeatMs?: number;
  /** How often to look for due rows when the queue is empty. */
  pollIntervalMs: number;
  workerId?: string;
  now: () => Date;
  log: WorkerLog;
  /** Names the rows in logs ('email', 'webhook delivery'). */
  what: string;
}

export interface LeasedWorker<Outcome extends string> {
  readonly workerId: string;
  /** Claims and handles one batch of due rows. */
  runOnce(): Promise<Record<Outcome, number>>;
  /** Renews the claims of the round in progress now (its timer does this every `heartbeatMs`). */
  heartbeat(): Promise<void>;
  /** Works in the background until `stop()`. */
  start(): void;
  /** Stops polling and waits for the round in progress. */
  stop(): Promise<void>;
}

/** Who claims: host, pid and a random part, so two processes on one host differ. */
export const defaultWorkerId = (): string =>
  `${hostname()}/${process.pid}/${randomBytes(4).toString('hex')}`;

/**
 * The claim/lease discipline shared by the outboxes: claim a batch, renew the
 * lease while working (a heartbeat), check the claim is still held just before
 * each row (a paused process may have lost it), poll again soon when the batch
 * was full, later when it was not.
 */
export function createLeasedWorker<Row extends { id: string }, Outcome extends string, Round>(
  options: LeasedWorkerOptions<Row, Outcome, Round>,
): LeasedWorker<Outcome> {
  const { now, log, queue, leaseMs, batchSize } = options;
  const heartbeatMs = options.heartbeatMs ?? Math.floor(leaseMs / 3);
  const workerId = options.workerId ?? defaultWorkerId();
  const leaseFromNow = () => new Date(now().getTime() + leaseMs);
  /** For each round in progress, its claimed rows not handled yet. */
  const rounds = new Set<Set<string>>();

  async function heartbeat(): Promise<void> {
    const unhandled = [...rounds].flatMap((round) => [...round]);
    if (unhandled.length === 0) return;
    try {
      await queue.renew(workerId, unhandled, leaseFromNow());
    } catch (error) {
      // The next beat (or the check before each row) tries again.
      log.warn({ err: error }, `${options.what} worker could not renew its claims`);
    }
  }

  async function runOnce(): Promise<Record<Outcome, number>> {
    const at = now();
    const rows = await queue.claim({
      workerId,
      now: at,
      leaseUntil: new Date(at.getTime() + leaseMs),
      limit: batchSize,
    });
    const result = Object.fromEntries(options.outcomes.map((o) => [o, 0])) as Record<
      Outcome,
      number
    >;
    if (rows.length === 0) return result;
    const unhandled = new Set(rows.map((row) => row.id));
    rounds.add(unhandled);
    const beat = setInterval(() => void heartbeat(), heartbeatMs);
    beat.unref();
    try {
      const round = await options.prepareRound();
      for (const row of rows) {
        // This process may have stalled past its lease (a paused VM): then another worker owns the row.
        const held = await queue.renew(workerId, [row.id], leaseFromNow());
        if (!held.has(row.id)) {
          log.warn({ id: row.id, workerId }, `${options.what} claimed by another worker meanwhile`);
        } else {
          result[await options.handle(row, round)] += 1;
        }
        unhandled.delete(row.id);
      }
    } finally {
      clearInterval(beat);
      rounds.delete(unhandled);
    }
    return result;
  }

  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  let isStopped = true;

  function schedule(delayMs: number): void {
    if (isStopped) return;
    timer = setTimeout(() => {
      running = runOnce().then(
        (result) => {
          const handled = Object.values<number>(result).reduce((sum, n) => sum + n, 0);
          schedule(handled >= batchSize ? 0 : options.pollIntervalMs);
        },
        (error: unknown) => {
          // The database may be away for a moment; the rows wait in the outbox meanwhile.
          log.error({ err: error }, `${options.what} worker round failed`);
          schedule(options.pollIntervalMs);
        },
      );
    }, delayMs);
  }

  return {
    workerId,
    runOnce,
    heartbeat,
    start: () => {
      if (!isStopped) return;
      isStopped = false;
      schedule(0);
    },
    stop: async () => {
      isStopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
