import type { Executor } from '../db/database.js';
import { pruneOldDeliveries } from './webhooks.repository.js';

/** An endpoint's newest deliveries kept whatever their age: its log never turns empty. */
export const DELIVERIES_KEPT_PER_ENDPOINT = 50;
export const DEFAULT_DELIVERY_RETENTION_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface PruneOptions {
  retentionDays: number;
  now: Date;
  keepPerEndpoint?: number;
  /** Rows per DELETE: short statements, so deliveries and the log pages never wait long. */
  batchSize?: number;
}

/**
 * Deletes the delivery log's lines older than the retention, batch after batch until
 * none is left, keeping each endpoint's newest lines and every pending delivery.
 * Returns how many were deleted.
 */
export async function pruneWebhookDeliveries(db: Executor, options: PruneOptions): Promise<number> {
  const before = new Date(options.now.getTime() - options.retentionDays * DAY_MS);
  const limit = options.batchSize ?? 500;
  let total = 0;
  for (;;) {
    const deleted = await pruneOldDeliveries(db, {
      before,
      keepPerEndpoint: options.keepPerEndpoint ?? DELIVERIES_KEPT_PER_ENDPOINT,
      limit,
    });
    total += deleted;
    if (deleted < limit) return total;
  }
}
