import { and, eq, inArray, sql } from 'drizzle-orm';
import type { AllocationCheckpoint, SourceTakings } from '../../shared/allocation/index.js';
import type { Database } from '../db/database.js';
import { preparedStatement } from '../db/prepared-statements.js';
import { hoursAllocationCheckpoints, hoursAllocationTakings } from '../db/schema.js';
import type { CompanyLedgerLine } from './hours-allocation.repository.js';

/** A company's checkpoint with what a view folds into it, all read at one moment. */
export interface StoredCheckpoint {
  inputsKey: string;
  /** The checkpoint, with the takings of the tasks the lines since name. */
  checkpoint: AllocationCheckpoint;
  /** The ledger's lines written before `through` when it was taken. */
  lineCount: number;
  /** The ledger still holds just those before `through` (else: start over). */
  isLedgerUnchanged: boolean;
  /** The lines written since `through`, in the order they were written. */
  linesSince: CompanyLedgerLine[];
}

interface LineJson {
  id: string;
  s: string;
  p: string;
  c: number;
  w: number;
  m: number;
  t: string | null;
}

/**
 * The checkpoint, the lines written since and the takings of their tasks, in one
 * statement: one snapshot, so a checkpoint moved on meanwhile cannot be read with
 * takings of another moment. Instants travel as epoch milliseconds. (The checkpoint's
 * columns are named in full in the subqueries: Drizzle leaves a lone table's columns
 * unqualified, and there they would mean the ledger's own.)
 */
export async function loadAllocationCheckpoint(
  db: Database,
  companyId: string,
): Promise<StoredCheckpoint | null> {
  // Prepared: the central screen reads it on every view.
  const statement = preparedStatement(db, 'allocation-checkpoint', (name) =>
    db
      .select({
        inputsKey: hoursAllocationCheckpoints.inputsKey,
        through: hoursAllocationCheckpoints.through,
        lineCount: hoursAllocationCheckpoints.lineCount,
        state: hoursAllocationCheckpoints.state,
        linesBefore: sql<number>`(select count(*) from ledger_entries e
          where e.company_id = hours_allocation_checkpoints.company_id
            and e.created_at < hours_allocation_checkpoints.through)`.mapWith(Number),
        lines: sql<string>`coalesce((select json_agg(json_build_object(
            'id', e.id, 's', e.subscription_id, 'p', e.period_start_date,
            'c', floor(extract(epoch from e.charged_at) * 1000),
            'w', floor(extract(epoch from e.created_at) * 1000),
            'm', e.minutes, 't', e.task_id) order by e.created_at, e.id)
          from ledger_entries e
          where e.company_id = hours_allocation_checkpoints.company_id
            and e.created_at >= hours_allocation_checkpoints.through), '[]')::text`,
        takings: sql<string>`coalesce((select json_agg(json_build_object('sourceKey', t.source_key, 'taken', t.taken))
          from ${hoursAllocationTakings} t
          where t.company_id = hours_allocation_checkpoints.company_id
            and t.source_key in (select e.task_id::text from ledger_entries e
              where e.company_id = hours_allocation_checkpoints.company_id
                and e.created_at >= hours_allocation_checkpoints.through
                and e.task_id is not null)), '[]')::text`,
      })
      .from(hoursAllocationCheckpoints)
      .where(eq(hoursAllocationCheckpoints.companyId, sql.placeholder('companyId')))
      .prepare(name),
  );
  const [row] = await statement.execute({ companyId });
  if (!row) return null;
  const state = row.state as unknown as Omit<AllocationCheckpoint, 'throughMs' | 'taken'>;
  return {
    inputsKey: row.inputsKey,
    checkpoint: {
      ...state,
      throughMs: row.through.getTime(),
      taken: JSON.parse(row.takings) as SourceTakings[],
    },
    lineCount: row.lineCount,
    isLedgerUnchanged: row.linesBefore === row.lineCount,
    linesSince: (JSON.parse(row.lines) as LineJson[]).map((line) => ({
      id: line.id,
      subscriptionId: line.s,
      periodStartDate: line.p,
      chargedAt: new Date(line.c),
      createdAt: new Date(line.w),
      minutes: line.m,
      taskId: line.t,
    })),
  };
}

/** A checkpoint to store, and what it was computed from. */
export interface CheckpointToSave {
  companyId: string;
  inputsKey: string;
  checkpoint: AllocationCheckpoint;
  lineCount: number;
  /** The checkpoint it resumed from (its takings hold only the tasks touched since); null = from scratch. */
  resumedFromMs: number | null;
}

/**
 * Stores a checkpoint unless another view stored one meanwhile (that one is as good):
 * from scratch it replaces every taking; resumed, it updates the tasks touched since.
 * Returns whether it was stored.
 */
export async function saveAllocationCheckpoint(
  db: Database,
  { companyId, inputsKey, checkpoint, lineCount, resumedFromMs }: CheckpointToSave,
): Promise<boolean> {
  const { taken, throughMs, ...state } = checkpoint;
  return db.transaction(async (tx) => {
    const [stored] = await tx
      .select({ through: hoursAllocationCheckpoints.through })
      .from(hoursAllocationCheckpoints)
      .where(eq(hoursAllocationCheckpoints.companyId, companyId))
      .for('update');
    const isStale =
      resumedFromMs === null
        ? stored !== undefined && stored.through.getTime() >= throughMs
        : stored?.through.getTime() !== resumedFromMs;
    if (isStale) return false;
    const values = {
      companyId,
      inputsKey,
      through: new Date(throughMs),
      lineCount,
      state: state as unknown as Record<string, unknown>,
      updatedAt: sql`now()`,
    };
    await tx
      .insert(hoursAllocationCheckpoints)
      .values(values)
      .onConflictDoUpdate({ target: hoursAllocationCheckpoints.companyId, set: values });
    if (resumedFromMs === null) {
      await tx
        .delete(hoursAllocationTakings)
        .where(eq(hoursAllocationTakings.companyId, companyId));
    } else if (taken.length > 0) {
      await tx.delete(hoursAllocationTakings).where(
        and(
          eq(hoursAllocationTakings.companyId, companyId),
          inArray(
            hoursAllocationTakings.sourceKey,
            taken.map((t) => t.sourceKey),
          ),
        ),
      );
    }
    // In slices: a company's years of tasks would pass the driver's parameter limit at once.
    for (let i = 0; i < taken.length; i += 1_000) {
      await tx.insert(hoursAllocationTakings).values(
        taken.slice(i, i + 1_000).map(({ sourceKey, taken: held }) => ({
          companyId,
          sourceKey,
          taken: held,
        })),
      );
    }
    return true;
  });
}
