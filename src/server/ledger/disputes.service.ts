import type { z } from 'zod';
import type { DisputeQueue, resolveDisputeRequestSchema } from '../../shared/api/ledger.js';
import { addDays, localMidnight } from '../../shared/hours/index.js';
import { recordAudit } from '../audit/audit.repository.js';
import { findCompanyById } from '../companies/companies.repository.js';
import type { Database, Executor } from '../db/database.js';
import { conflict, notFound } from '../http/errors.js';
import type { RequestContext } from '../http/request-context.js';
import type { Actor } from '../policies/actor.js';
import { type Action, authorize } from '../policies/authorize.js';
import {
  findDispute,
  insertDispute,
  insertDisputeMessage,
  listDisputeIdsByStatus,
  lockDispute,
  updateDispute,
} from './disputes.repository.js';
import { findLedgerView, insertLedgerEntries, type LedgerView } from './ledger.repository.js';
import { presentLedgerViews } from './ledger.service.js';

const QUEUE_LIMIT = 200;

type EntryAction = Extract<
  Action,
  'ledger.view-entry' | 'ledger.dispute' | 'dispute.reply' | 'dispute.resolve'
>;

/** A line the actor may see and act on, or 404 (not theirs to know of) / 403. */
async function findEntryFor(
  db: Executor,
  actor: Actor,
  entryId: string,
  action: EntryAction,
): Promise<LedgerView> {
  const view = await findLedgerView(db, entryId);
  if (!view) throw notFound();
  const subject = {
    companyId: view.entry.companyId,
    requesterId: view.ticket?.requesterId ?? null,
  };
  authorize(actor, 'ledger.view-entry', subject);
  authorize(actor, action, subject);
  return view;
}

/** A dispute and its line, for an action on the dispute. */
async function findDisputeFor(db: Executor, actor: Actor, id: string, action: EntryAction) {
  const dispute = await findDispute(db, id);
  if (!dispute) throw notFound();
  const view = await findEntryFor(db, actor, dispute.entryId, action);
  return { dispute, view };
}

/**
 * «Αμφισβήτηση»: a company_admin questions a line with a comment; staff see it
 * in their queue. One dispute per line (409 dispute_exists: continue in its thread).
 */
export async function openDispute(
  db: Database,
  actor: Actor,
  entryId: string,
  comment: string,
  context: RequestContext,
): Promise<string> {
  const view = await findEntryFor(db, actor, entryId, 'ledger.dispute');
  return db.transaction(async (tx) => {
    const now = new Date();
    const dispute = await insertDispute(tx, {
      companyId: view.entry.companyId,
      entryId,
      openedById: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    if (!dispute) throw conflict('dispute_exists', 'This line is already disputed');
    await insertDisputeMessage(tx, {
      disputeId: dispute.id,
      companyId: view.entry.companyId,
      authorId: actor.userId,
      body: comment,
      createdAt: now,
    });
    await recordAudit(tx, {
      action: 'ledger.disputed',
      actorUserId: actor.userId,
      companyId: view.entry.companyId,
      entityType: 'ledger_entry',
      entityId: entryId,
      data: { disputeId: dispute.id, comment },
      ...context,
    });
    return dispute.id;
  });
}

/** A message in an open dispute's thread: staff, or a company_admin of the company. */
export async function replyToDispute(
  db: Database,
  actor: Actor,
  disputeId: string,
  body: string,
): Promise<void> {
  const { view } = await findDisputeFor(db, actor, disputeId, 'dispute.reply');
  await db.transaction(async (tx) => {
    const locked = await lockDispute(tx, disputeId);
    if (locked?.status !== 'open') throw conflict('dispute_closed', 'The dispute is closed');
    const now = new Date();
    await insertDisputeMessage(tx, {
      disputeId,
      companyId: view.entry.companyId,
      authorId: actor.userId,
      body,
      createdAt: now,
    });
    await updateDispute(tx, disputeId, { updatedAt: now });
  });
}

/** Whether a line's period had ended at `now`, on the company's clock. */
async function periodHasEnded(tx: Executor, view: LedgerView, now: Date): Promise<boolean> {
  if (view.entry.periodLastDate === null) return false;
  const company = await findCompanyById(tx, view.entry.companyId);
  const end = localMidnight(addDays(view.entry.periodLastDate, 1), company!.timeZone);
  return end.getTime() <= now.getTime();
}

/**
 * Staff answer a dispute: «corrected» writes a new adjustment line in the disputed
 * line's period (never changes the old line), «explained» only answers; either
 * way the reason goes into the thread and the dispute closes.
 */
export async function resolveDispute(
  db: Database,
  actor: Actor,
  disputeId: string,
  request: z.output<typeof resolveDisputeRequestSchema>,
  context: RequestContext,
): Promise<void> {
  const { view } = await findDisputeFor(db, actor, disputeId, 'dispute.resolve');
  const { entry } = view;
  await db.transaction(async (tx) => {
    const locked = await lockDispute(tx, disputeId);
    if (locked?.status !== 'open') throw conflict('dispute_closed', 'The dispute is closed');
    const now = new Date();
    let correctionEntryId: string | null = null;
    if (request.outcome === 'corrected') {
      const [line] = await insertLedgerEntries(tx, [
        {
          companyId: entry.companyId,
          subscriptionId: entry.subscriptionId,
          kind: 'adjustment',
          minutes: request.minutes,
          chargedAt: entry.chargedAt,
          periodStartDate: entry.periodStartDate,
          periodLastDate: entry.periodLastDate,
          taskId: entry.taskId,
          ticketId: entry.ticketId,
          actorUserId: actor.userId,
          reason: request.reason,
          details: { disputeId, correctsEntryId: entry.id },
          isLate: await periodHasEnded(tx, view, now),
          createdAt: now,
        },
      ]);
      correctionEntryId = line!.id;
    }
    await insertDisputeMessage(tx, {
      disputeId,
      companyId: entry.companyId,
      authorId: actor.userId,
      body: request.reason,
      createdAt: now,
    });
    await updateDispute(tx, disputeId, {
      status: request.outcome,
      correctionEntryId,
      resolvedById: actor.userId,
      resolvedAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, {
      action: 'ledger.dispute_resolved',
      actorUserId: actor.userId,
      companyId: entry.companyId,
      entityType: 'ledger_entry',
      entityId: entry.id,
      data: {
        disputeId,
        outcome: request.outcome,
        reason: request.reason,
        ...(request.outcome === 'corrected' ? { minutes: request.minutes, correctionEntryId } : {}),
      },
      ...context,
    });
  });
}

/** Staff: the disputes in a status (open first in, first out), with their lines and companies. */
export async function listDisputeQueue(
  db: Database,
  actor: Actor,
  status: 'open' | 'corrected' | 'explained',
): Promise<DisputeQueue> {
  authorize(actor, 'dispute.queue', null);
  const ids = await listDisputeIdsByStatus(db, status, QUEUE_LIMIT);
  const views = (await Promise.all(ids.map(({ entryId }) => findLedgerView(db, entryId)))).filter(
    (view): view is LedgerView => view !== undefined,
  );
  const entries = await presentLedgerViews(db, actor, views);
  const items = await Promise.all(
    entries.map(async (entry, i) => {
      const company = await findCompanyById(db, views[i]!.entry.companyId);
      return {
        dispute: entry.dispute!,
        entry,
        company: { id: company!.id, name: company!.tradeName ?? company!.legalName },
      };
    }),
  );
  return { items };
}
