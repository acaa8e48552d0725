import type { Database } from '../db/database.js';
import {
  releaseStreamLease,
  renewStreamLease,
  takeStreamLease,
} from './live-stream-leases.repository.js';

/** One open stream's place under its user's cap. */
export interface StreamSlot {
  /** Says the stream is still open (on every heartbeat). */
  renew(): Promise<void>;
  /** Gives the place back. */
  release(): Promise<void>;
}

/** Counts a user's open streams against their cap. */
export interface StreamSlots {
  /** A place for one more stream, or undefined when `max` are open. */
  take(userId: string, max: number): Promise<StreamSlot | undefined>;
}

/** The count in this process's memory: right where one process holds every stream (PGlite). */
export function memoryStreamSlots(): StreamSlots {
  const openOfUser = new Map<string, number>();
  return {
    take: async (userId, max) => {
      const open = openOfUser.get(userId) ?? 0;
      if (open >= max) return undefined;
      openOfUser.set(userId, open + 1);
      let isReleased = false;
      return {
        renew: async () => {},
        release: async () => {
          if (isReleased) return;
          isReleased = true;
          const left = (openOfUser.get(userId) ?? 1) - 1;
          if (left > 0) openOfUser.set(userId, left);
          else openOfUser.delete(userId);
        },
      };
    },
  };
}

/**
 * The count in PostgreSQL, across every process: a lease per stream, renewed on each
 * heartbeat, so the streams of a process that died stop counting within `leaseMs`.
 */
export function databaseStreamSlots(db: Database, leaseMs: number): StreamSlots {
  return {
    take: async (userId, max) => {
      const id = await takeStreamLease(db, userId, max, leaseMs);
      if (!id) return undefined;
      return {
        renew: () => renewStreamLease(db, id, leaseMs),
        release: () => releaseStreamLease(db, id),
      };
    },
  };
}
