import type { z } from 'zod';
import type {
  adjustmentRequestSchema,
  LedgerList,
  ledgerQuerySchema,
} from '../../shared/api/ledger.js';
import { localMidnight, periodAt, periodIndexOn } from '../../shared/hours/index.js';
import { recordAudit } from '../audit/audit.repository.js';
import { findCompanyById } from '../companies/companies.repository.js';
import type { Database, Executor } from '../db/database.js';
import { invalid, notFound } from '../http/errors.js';
import type { RequestContext } from '../http/request-context.js';
import { findSubscription } from '../packages/packages.repository.js';
import { type Actor, isStaff } from '../policies/actor.js';
import { authorize, can, type TicketScope, ticketScopeOf } from '../policies/authorize.js';
import { hasEnded, loadChargeTarget } from '../tasks/task-charge.js';
import { findTicketByNumber } from '../tickets/tickets.repository.js';
import { listDisputeMessages, listDisputesOfEntries } from './disputes.repository.js';
import { presentDisputes, presentLedgerEntry } from './ledger.presenter.js';
import {
  findLedgerView,
  insertLedgerEntries,
  type LedgerEntryRow,
  type LedgerView,
  listLedgerPeriods,
  listLedgerViews,
} from './ledger.repository.js';

type LedgerQuery = z.output<typeof ledgerQuerySchema>;

/** The company a ledger is about: a customer's own (another id is a 404); staff must name one. */
async function ledgerCompany(db: Executor, actor: Actor, requested: string | undefined) {
  if (isStaff(actor) && !requested) throw invalid('companyId', 'required');
  const companyId = requested ?? actor.companyId!;
  authorize(actor, 'ledger.view', { id: companyId });
  const company = await findCompanyById(db, companyId);
  if (!company) throw notFound();
  return company;
}

/** Staff read a company's whole ledger; customers as far as they may see its tickets. */
function scopeFor(actor: Actor, companyId: string): TicketScope {
  return isStaff(actor) ? { kind: 'company', companyId } : ticketScopeOf(actor);
}

/** Lines with their disputes, as the actor reads them. */
export async function presentLedgerViews(db: Executor, actor: Actor, views: LedgerView[]) {
  const disputes = await listDisputesOfEntries(
    db,
    views.map((view) => view.entry.id),
  );
  const messages = await listDisputeMessages(
    db,
    disputes.map((row) => row.dispute.id),
  );
  const byEntry = presentDisputes(disputes, messages);
  return views.map((view) => presentLedgerEntry(view, byEntry.get(view.entry.id) ?? null, actor));
}

/**
 * «Κίνηση ωρών»: every line of the company's packages, newest first, the current
 * period included; a company_admin (and staff) read all of them, a member the
 * lines of the tickets they opened. Filters: package and period, ticket.
 */
export async function listLedger(
  db: Database,
  actor: Actor,
  query: LedgerQuery,
): Promise<LedgerList> {
  const company = await ledgerCompany(db, actor, query.companyId);
  const scope = scopeFor(actor, company.id);
  const filter = { ...query, companyId: company.id, scope };
  const [page, periods] = await Promise.all([
    listLedgerViews(db, filter, {
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    }),
    listLedgerPeriods(db, company.id, scope),
  ]);
  return {
    items: await presentLedgerViews(db, actor, page.items),
    total: page.total,
    page: query.page,
    pageSize: query.pageSize,
    totalMinutes: page.totalMinutes,
    periods,
    timeZone: company.timeZone,
    abilities: { adjust: can(actor, 'ledger.adjust', { id: company.id }) },
  };
}

/** The same lines for a CSV file (up to `limit`), with the company's time zone. */
export async function listLedgerForExport(
  db: Database,
  actor: Actor,
  query: Omit<LedgerQuery, 'page' | 'pageSize'>,
  limit: number,
) {
  const company = await ledgerCompany(db, actor, query.companyId);
  const filter = { ...query, companyId: company.id, scope: scopeFor(actor, company.id) };
  const { items } = await listLedgerViews(db, filter, { limit, offset: 0 });
  return { items: await presentLedgerViews(db, actor, items), timeZone: company.timeZone };
}

/** Where an adjustment goes: the period of `date`, on the package; 400 outside its dates. */
async function adjustmentPlace(
  tx: Executor,
  companyId: string,
  request: z.output<typeof adjustmentRequestSchema>,
) {
  const target = await loadChargeTarget(tx, { subscriptionId: request.subscriptionId, companyId });
  const index = periodIndexOn(target!.terms, request.date);
  const period = index === null ? null : periodAt(target!.terms, index, target!.timeZone);
  if (!period) throw invalid('date', 'outside_package');
  return { target: target!, period, chargedAt: localMidnight(request.date, target!.timeZone) };
}

/**
 * Staff add (+) or remove (−) minutes by hand in the period that contains a
 * day, with a reason: one «adjustment» line, in an ended period a visible late
 * correction. A package or ticket of another company is a 400 on that field.
 */
export async function adjustHours(
  db: Database,
  actor: Actor,
  companyId: string,
  request: z.output<typeof adjustmentRequestSchema>,
  context: RequestContext,
): Promise<LedgerEntryRow> {
  authorize(actor, 'ledger.adjust', { id: companyId });
  const company = await findCompanyById(db, companyId);
  if (!company) throw notFound();
  return db.transaction(async (tx) => {
    const owned = await findSubscription(tx, request.subscriptionId);
    if (owned?.subscription.companyId !== companyId) {
      throw invalid('subscriptionId', 'invalid_value');
    }
    let ticketId: string | null = null;
    if (request.ticketNumber !== undefined) {
      const ticket = await findTicketByNumber(tx, request.ticketNumber);
      if (!ticket || ticket.ticket.companyId !== companyId) {
        throw invalid('ticketNumber', 'invalid_value');
      }
      ticketId = ticket.ticket.id;
    }
    const now = new Date();
    const { period, chargedAt } = await adjustmentPlace(tx, companyId, request);
    const [line] = await insertLedgerEntries(tx, [
      {
        companyId,
        subscriptionId: request.subscriptionId,
        kind: 'adjustment',
        minutes: request.minutes,
        chargedAt,
        periodStartDate: period.startDate,
        periodLastDate: period.lastDate,
        ticketId,
        actorUserId: actor.userId,
        reason: request.reason,
        isLate: hasEnded(period, now),
        createdAt: now,
      },
    ]);
    await recordAudit(tx, {
      action: 'ledger.adjusted',
      actorUserId: actor.userId,
      companyId,
      entityType: 'ledger_entry',
      entityId: line!.id,
      data: {
        subscriptionId: request.subscriptionId,
        periodStartDate: period.startDate,
        minutes: request.minutes,
        reason: request.reason,
      },
      ...context,
    });
    return line!;
  });
}

/** One line with its dispute, for whoever may see it (404 otherwise). */
export async function findLedgerEntry(db: Database, actor: Actor, id: string) {
  const view = await findLedgerView(db, id);
  if (!view) throw notFound();
  authorize(actor, 'ledger.view-entry', {
    companyId: view.entry.companyId,
    requesterId: view.ticket?.requesterId ?? null,
  });
  const [entry] = await presentLedgerViews(db, actor, [view]);
  return entry!;
}
