import { createHash } from 'node:crypto';
import type { AllocationCheckpoint } from '../../shared/allocation/index.js';
import type { listSubscriptionsOfCompany } from '../packages/packages.repository.js';
import { termsOf } from '../tasks/task-charge.js';
import { activeAllocationBlocks, rolloverRuleOf } from './allocation-inputs.js';
import type { listHourBlocksOfCompany } from './hour-blocks.repository.js';
import type { CompanyLedgerLine } from './hours-allocation.repository.js';

/**
 * How far behind `now` a checkpoint is taken: a line's instant is its transaction's
 * start, so one may still be committing with an instant a little in the past. (Should
 * one commit later still, the count of lines before the checkpoint gives it away.)
 */
export const CHECKPOINT_LAG_MS = 10 * 60_000;

/** A new checkpoint once this many settled lines would be folded on every view. */
export const LINES_PER_CHECKPOINT = 64;

/** A checkpoint a view resumed from. */
export interface ResumedCheckpoint {
  checkpoint: AllocationCheckpoint;
  /** The ledger's lines written before the checkpoint. */
  lineCount: number;
}

/**
 * What a company's buckets are built from, as a key: its subscriptions' terms and
 * rollover rules, its active blocks and its time zone. A checkpoint taken with
 * another key is not resumed from.
 */
export function allocationInputsKey(
  subscriptionRows: Awaited<ReturnType<typeof listSubscriptionsOfCompany>>,
  blockViews: Awaited<ReturnType<typeof listHourBlocksOfCompany>>,
  timeZone: string,
): string {
  const inputs = {
    timeZone,
    subscriptions: subscriptionRows.map((row) => ({
      id: row.subscription.id,
      terms: termsOf(row.subscription, row.package),
      rule: rolloverRuleOf(row.subscription, row.package),
    })),
    // The very blocks the allocation is given, so the key cannot miss a change to them.
    blocks: activeAllocationBlocks(
      blockViews.map(({ block }) => block),
      timeZone,
    ),
  };
  return createHash('sha256').update(JSON.stringify(inputs)).digest('base64url');
}

/**
 * When a view should take a checkpoint: at `now` less the lag, once enough settled
 * lines lie between it and the checkpoint resumed from (or the start); never before
 * the one resumed from.
 */
export function nextCheckpointAt(
  resumed: ResumedCheckpoint | null,
  ledgerRows: readonly CompanyLedgerLine[],
  now: Date,
): Date | undefined {
  const at = now.getTime() - CHECKPOINT_LAG_MS;
  if (resumed && at <= resumed.checkpoint.throughMs) return undefined;
  const settled = ledgerRows.filter((row) => row.createdAt.getTime() < at).length;
  return settled >= LINES_PER_CHECKPOINT ? new Date(at) : undefined;
}

/** How many ledger lines a new checkpoint has behind it. */
export function lineCountAt(
  resumed: ResumedCheckpoint | null,
  ledgerRows: readonly CompanyLedgerLine[],
  checkpoint: AllocationCheckpoint,
): number {
  const since = ledgerRows.filter((row) => row.createdAt.getTime() < checkpoint.throughMs).length;
  return (resumed?.lineCount ?? 0) + since;
}
