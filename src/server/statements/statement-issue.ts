import type { StatementFigures } from '../../shared/api/statements.js';
import {
  allowanceMinutes,
  type BillingPeriod,
  isWithin,
  localDateOf,
  overageChargeCents,
  periodAt,
  periodIndexOn,
  type SubscriptionTerms,
} from '../../shared/hours/index.js';
import { statementTotals } from '../../shared/ledger/statement-figures.js';
import { listRunningTimers } from '../dashboard/dashboard.repository.js';
import type { Database, Executor } from '../db/database.js';
import { insertOutboxEmails } from '../email/outbox.repository.js';
import { allocateCompanyHours } from '../hour-blocks/hours-allocation.service.js';
import type { LedgerView } from '../ledger/ledger.repository.js';
import { findActiveCompanyAdmins } from '../notifications/notifications.repository.js';
import { chooseRecipients } from '../notifications/recipients.js';
import { termsOf } from '../tasks/task-charge.js';
import { recordWebhookEvent } from '../webhooks/webhook-events.js';
import { statementIssuedEvent } from '../webhooks/webhook-payloads.js';
import {
  claimLinesForStatement,
  insertStatement,
  listStatementLines,
  listSubscriptionsForStatements,
  type StatementRow,
  setStatementFigures,
} from './statements.repository.js';

/** How far back the job looks for ended periods with no statement (a server that was down a while). */
const LOOKBACK_MS = 62 * 24 * 60 * 60 * 1000;

/** What a statement is issued for. */
export interface StatementSubject {
  subscriptionId: string;
  companyId: string;
  companyName: string;
  packageName: string;
  timeZone: string;
  terms: SubscriptionTerms;
  /** The package's euros per overage hour (null: not priced), frozen with the figures. */
  overageRatePerHour: number | null;
}

function descriptionOf(details: Record<string, unknown> | null): string | null {
  for (const key of ['after', 'before'] as const) {
    const snapshot = details?.[key] as { description?: unknown } | undefined;
    if (typeof snapshot?.description === 'string') return snapshot.description;
  }
  return null;
}

/**
 * The minutes of a statement's lines that rolled-over hours and prepaid blocks
 * supplied, by the company's allocation at `now` (the order of use the central
 * screen shows). They come off the period's own overage, so the statement bills
 * what the central screen called overage. A line written after its period ended
 * finds no extra hours, so it is billed as the period's own figures say.
 */
export async function coveredByExtraHoursOf(
  tx: Executor,
  subject: StatementSubject,
  lineIds: readonly string[],
  now: Date,
): Promise<number> {
  const { allocation } = await allocateCompanyHours(tx, subject.companyId, subject.timeZone, now);
  const ids = new Set(lineIds);
  const minutes = allocation.pieces
    .filter(
      (piece) => (piece.kind === 'rollover' || piece.kind === 'block') && ids.has(piece.lineId),
    )
    .reduce((sum, piece) => sum + piece.minutes, 0);
  return Math.max(0, minutes);
}

/**
 * The figures of a statement from the lines it carries (frozen in its row): the
 * period's own overage less what rolled-over hours and blocks covered of it.
 */
export function figuresOf(
  subject: StatementSubject,
  period: BillingPeriod,
  views: LedgerView[],
  extraHoursMinutes = 0,
): StatementFigures {
  const lines = views.map(({ entry, ticket }) => ({
    id: entry.id,
    kind: entry.kind,
    minutes: entry.minutes,
    at: entry.createdAt.toISOString(),
    chargedAt: entry.chargedAt.toISOString(),
    periodStartDate: entry.periodStartDate,
    periodLastDate: entry.periodLastDate,
    ticketNumber: ticket?.number ?? null,
    ticketSubject: ticket?.subject ?? null,
    description: descriptionOf(entry.details),
    reason: entry.reason,
  }));
  const totals = statementTotals(
    period.startDate,
    allowanceMinutes(subject.terms.hoursPerPeriod),
    lines,
  );
  const overageMinutes = Math.max(0, totals.overageMinutes - extraHoursMinutes);
  return {
    companyName: subject.companyName,
    packageName: subject.packageName,
    timeZone: subject.timeZone,
    periodStartDate: period.startDate,
    periodLastDate: period.lastDate!,
    ...totals,
    overageMinutes,
    coveredByExtraMinutes: Math.max(0, totals.overageMinutes - overageMinutes),
    overageRatePerHour: subject.overageRatePerHour,
    overageChargeCents: overageChargeCents(overageMinutes, subject.overageRatePerHour),
    lines,
  };
}

/**
 * Issues the statement of an ended period, once: claims the subscription's lines
 * not yet on a statement (up to this period) and freezes the figures, and queues
 * an email to the company's admins, all in one transaction. Returns undefined
 * when it already existed. The caller checks that the period has ended.
 */
export async function issueStatement(
  db: Database,
  subject: StatementSubject,
  period: BillingPeriod,
  now: Date,
): Promise<StatementRow | undefined> {
  return db.transaction(async (tx) => {
    const row = await insertStatement(tx, {
      companyId: subject.companyId,
      subscriptionId: subject.subscriptionId,
      periodIndex: period.index,
      periodStartDate: period.startDate,
      periodLastDate: period.lastDate!,
      figures: {},
      issuedAt: now,
    });
    if (!row) return undefined;
    await claimLinesForStatement(tx, row.id, subject.subscriptionId, period.startDate);
    const views = await listStatementLines(tx, row.id);
    const covered = await coveredByExtraHoursOf(
      tx,
      subject,
      views.map(({ entry }) => entry.id),
      now,
    );
    const figures = figuresOf(subject, period, views, covered);
    await setStatementFigures(tx, row.id, figures);
    await queueStatementEmails(tx, subject, row.id, figures);
    await recordWebhookEvent(
      tx,
      statementIssuedEvent(
        {
          id: row.id,
          companyId: subject.companyId,
          subscriptionId: subject.subscriptionId,
          packageName: figures.packageName,
          periodStartDate: figures.periodStartDate,
          periodLastDate: figures.periodLastDate,
          closingBalanceMinutes: figures.closingBalanceMinutes,
          overageMinutes: figures.overageMinutes,
        },
        now,
      ),
    );
    return { ...row, figures };
  });
}

async function queueStatementEmails(
  tx: Executor,
  subject: StatementSubject,
  statementId: string,
  figures: StatementFigures,
): Promise<void> {
  const admins = await findActiveCompanyAdmins(tx, subject.companyId, 'statementIssued');
  await insertOutboxEmails(
    tx,
    chooseRecipients(admins, '').map((recipient) => ({
      kind: 'statement_issued' as const,
      recipientUserId: recipient.id,
      toAddress: recipient.email,
      locale: recipient.locale,
      data: {
        statementId,
        companyName: figures.companyName,
        packageName: figures.packageName,
        periodStartDate: figures.periodStartDate,
        periodLastDate: figures.periodLastDate,
        closingBalanceMinutes: figures.closingBalanceMinutes,
        overageMinutes: figures.overageMinutes,
      },
    })),
  );
}

/** The periods of a subscription that ended in (since, now], oldest first. */
export function endedPeriodsBetween(
  terms: SubscriptionTerms,
  timeZone: string,
  since: Date,
  now: Date,
): BillingPeriod[] {
  const sinceDate = localDateOf(since, timeZone);
  let index = sinceDate < terms.startDate ? 0 : periodIndexOn(terms, sinceDate);
  const periods: BillingPeriod[] = [];
  while (index !== null) {
    const period = periodAt(terms, index, timeZone);
    if (!period || period.end === null || period.end.getTime() > now.getTime()) break;
    if (period.end.getTime() > since.getTime()) periods.push(period);
    index += 1;
  }
  return periods;
}

/**
 * The statement job (at start and every hour, idempotent): issues the statement
 * of every period that ended in the last two months, on its company's clock,
 * unless a task started in it still runs (it waits for that task to stop, so
 * the work lands on this statement rather than as a correction on the next).
 */
export async function issueDueStatements(db: Database, now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - LOOKBACK_MS);
  let issued = 0;
  for (const row of await listSubscriptionsForStatements(db)) {
    const subject: StatementSubject = {
      subscriptionId: row.subscription.id,
      companyId: row.company.id,
      companyName: row.company.name,
      packageName: row.package.name,
      timeZone: row.company.timeZone,
      terms: termsOf(row.subscription, row.package),
      overageRatePerHour: row.package.overageRatePerHour,
    };
    const periods = endedPeriodsBetween(subject.terms, subject.timeZone, since, now);
    if (periods.length === 0) continue;
    const timers = await listRunningTimers(db, [subject.subscriptionId]);
    for (const period of periods) {
      if (timers.some((timer) => isWithin(period, timer.startedAt))) break;
      if (await issueStatement(db, subject, period, now)) issued += 1;
    }
  }
  return issued;
}
