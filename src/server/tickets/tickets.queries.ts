import type { TicketDetail, TicketFormOptions, TicketList } from '../../shared/api/tickets.js';
import { isStaffRole } from '../../shared/roles.js';
import { foldForSearch } from '../../shared/tickets/search-text.js';
import { ticketNumberIn } from '../../shared/tickets/ticket-number-search.js';
import { actorOf, type SignedInUser } from '../auth/auth.service.js';
import { findCompanyById } from '../companies/companies.repository.js';
import type { Database } from '../db/database.js';
import { invalid, notFound } from '../http/errors.js';
import { type Actor, isStaff } from '../policies/actor.js';
import { authorize, ticketScopeOf } from '../policies/authorize.js';
import { listActiveSubscriptions } from '../subscriptions/subscriptions.repository.js';
import { listMessages, listTicketEvents } from './thread.repository.js';
import { presentTicketDetail, presentTicketSummary } from './ticket.presenter.js';
import { decodeTicketCursor, encodeTicketCursor } from './ticket-cursor.js';
import { seenAt } from './ticket-reads.repository.js';
import { findTicketToRead, listTickets, type TicketFilters } from './tickets.repository.js';
import { companyToday } from './today.js';

export type TicketListRequest = Omit<TicketFilters, 'search' | 'after'> & {
  q?: string;
  mine?: boolean;
  cursor?: string;
};

/** The tickets the signed-in user may see, filtered; the query itself is scoped to them. */
export async function findTickets(
  db: Database,
  signedIn: SignedInUser,
  request: TicketListRequest,
): Promise<TicketList> {
  const actor = actorOf(signedIn);
  const { q, mine, cursor, ...filters } = request;
  const searchNumber = q ? ticketNumberIn(q) : undefined;
  // «#1016» is searched for as the text «1016» besides the ticket numbered so.
  const search = q
    ? foldForSearch(searchNumber === undefined ? q : String(searchNumber))
    : undefined;
  const staffOnly = isStaff(actor)
    ? { assigneeId: mine ? actor.userId : filters.assigneeId, unassigned: filters.unassigned }
    : { companyId: undefined, assigneeId: undefined, unassigned: undefined };
  const after = cursor ? decodeTicketCursor(cursor, filters.sort, filters.direction) : undefined;
  const { items, nextAfter, total, isTotalCapped } = await listTickets(
    db,
    ticketScopeOf(actor),
    {
      ...filters,
      ...staffOnly,
      ...(search ? { search, searchNumber } : {}),
      ...(after ? { after } : {}),
    },
    signedIn.user,
    new Date(),
  );
  return {
    items: items.map((row) => ({
      ...presentTicketSummary(row, row.minutesSpent),
      hasNews: row.ticket.lastActivityAt > seenAt(signedIn.user, row.readAt),
      waitingSince: row.waitingSince?.toISOString() ?? null,
      lastReply: row.lastReply && {
        at: row.lastReply.at.toISOString(),
        name: `${row.lastReply.firstName} ${row.lastReply.lastName}`.trim(),
        isStaff: isStaffRole(row.lastReply.role),
      },
    })),
    total,
    isTotalCapped,
    page: filters.page,
    pageSize: filters.pageSize,
    nextCursor: nextAfter && encodeTicketCursor(filters.sort, filters.direction, nextAfter),
  };
}

/**
 * One ticket with its thread, as the actor may see it: the ticket is loaded and
 * authorized once, then its messages, events, files and time are read together.
 */
export async function findTicketDetail(
  db: Database,
  actor: Actor,
  number: number,
): Promise<TicketDetail> {
  const row = await findTicketToRead(db, number, new Date());
  if (!row) throw notFound();
  authorize(actor, 'ticket.view', row.ticket);
  const [messages, events] = await Promise.all([
    listMessages(db, row.ticket.id, isStaff(actor)),
    listTicketEvents(db, row.ticket.id),
  ]);
  return presentTicketDetail(row, messages, events, actor);
}

/**
 * What the new-request form offers: the company's active packages and the upload
 * limits. Staff opening a ticket for a contact name the company.
 */
export async function findTicketFormOptions(
  db: Database,
  actor: Actor,
  uploadLimits: TicketFormOptions['uploadLimits'],
  forCompanyId?: string,
): Promise<TicketFormOptions> {
  let companyId: string;
  if (isStaff(actor)) {
    if (!forCompanyId) throw invalid('companyId', 'required');
    authorize(actor, 'ticket.submit-for', { id: forCompanyId });
    if (!(await findCompanyById(db, forCompanyId))) throw notFound();
    companyId = forCompanyId;
  } else {
    authorize(actor, 'ticket.submit', null);
    companyId = actor.companyId!;
  }
  const active = await listActiveSubscriptions(db, companyId, await companyToday(db, companyId));
  return {
    subscriptions: active.map(({ subscription, package: pkg }) => ({
      id: subscription.id,
      packageName: pkg.name,
      periodKind: pkg.periodKind,
    })),
    uploadLimits,
  };
}
