import type { CapturedStatement } from './statement-capture.js';

/** What the bench asks of its server process. */
export type ToServer =
  | { type: 'capture-start' }
  | { type: 'capture-stop' }
  | { type: 'driver-loop'; scripts: CapturedStatement[][]; seconds: number }
  | { type: 'memory' }
  /** To the driver route (driver-server.ts): the statements its requests send from now on. */
  | { type: 'driver-scripts'; scripts: CapturedStatement[][] };

/** A latency summary, in milliseconds, and how many runs a second. */
export interface LoopFigures {
  perSecond: number;
  meanMs: number;
  p50Ms: number;
  p99Ms: number;
  runs: number;
}

/** What the server process answers. */
export type FromServer =
  | { type: 'listening'; url: string; engine: 'pglite' | 'postgres' | 'none' }
  | { type: 'captured'; statements: CapturedStatement[] }
  | { type: 'driver-loop'; figures: LoopFigures }
  | { type: 'memory'; rssMb: number }
  | { type: 'driver-scripts-set' };
