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

/** The figures of a statement from the lines it carries (frozen in its row). */
export function figuresOf(
  subject: StatementSubject,
  period: BillingPeriod,
  views: LedgerView[],
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
  return {
    companyName: subject.companyName,
    packageName: subject.packageName,
    timeZone: subject.timeZone,
    periodStartDate: period.startDate,
    periodLastDate: period.lastDate!,
    ...totals,
    overageRatePerHour: subject.overageRatePerHour,
    overageChargeCents: overageChargeCents(totals.overageMinutes, subject.overageRatePerHour),
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
    const figures = figuresOf(subject, period, await listStatementLines(tx, row.id));
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
