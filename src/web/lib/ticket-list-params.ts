import { TICKET_SORTS, type TicketListQuery } from '../../shared/api/tickets';
import { TICKET_STATUSES, type TicketStatus } from '../../shared/tickets/ticket-status';

export type TicketListState = 'open' | 'closed' | 'all';
export type TicketSort = (typeof TICKET_SORTS)[number];
export type SortDirection = 'asc' | 'desc';

/** A ticket list's filters as they live in the address bar (so back, forward and reload keep them). */
export interface TicketListParams {
  state: TicketListState;
  q: string;
  sort: TicketSort;
  direction: SortDirection;
  page: number;
  /**
   * The server's cursor for this page when it was reached by «next page»: the page
   * then starts right after the previous one's last ticket (fast however deep).
   */
  cursor: string | undefined;
  /** Staff filters (customers' lists ignore them). */
  status: TicketStatus | undefined;
  companyId: string | undefined;
  subscriptionId: string | undefined;
  assigneeId: string | undefined;
  mine: boolean;
  unassigned: boolean;
  /** «Εκπρόθεσμα»: only tickets past a due time of their package's targets. */
  overdue: boolean;
}

export const PAGE_SIZE = 20;

export const DEFAULT_PARAMS: TicketListParams = {
  state: 'open',
  q: '',
  sort: 'lastActivity',
  direction: 'desc',
  page: 1,
  cursor: undefined,
  status: undefined,
  companyId: undefined,
  subscriptionId: undefined,
  assigneeId: undefined,
  mine: false,
  unassigned: false,
  overdue: false,
};

// Address-bar names: short, readable, stable.
const NAMES = {
  state: 'tab',
  q: 'q',
  sort: 'sort',
  direction: 'dir',
  page: 'page',
  cursor: 'after',
  status: 'status',
  companyId: 'company',
  subscriptionId: 'package',
  assigneeId: 'assignee',
  mine: 'mine',
  unassigned: 'unassigned',
  overdue: 'overdue',
} as const satisfies Record<keyof TicketListParams, string>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((item) => item === value);
}

const uuid = (value: string | null) => (value && UUID.test(value) ? value : undefined);

/** A cursor only goes with the page it leads to: without a page there is none. */
function cursorOf(search: URLSearchParams): string | undefined {
  const cursor = search.get(NAMES.cursor);
  return cursor && cursor.length <= 2000 && search.has(NAMES.page) ? cursor : undefined;
}

/** Reads the filters from a query string; anything unknown or malformed falls back to the default. */
export function parseTicketListParams(search: URLSearchParams): TicketListParams {
  const page = Number(search.get(NAMES.page));
  return {
    state: oneOf(search.get(NAMES.state), ['open', 'closed', 'all'] as const) ?? 'open',
    q: (search.get(NAMES.q) ?? '').slice(0, 200),
    sort: oneOf(search.get(NAMES.sort), TICKET_SORTS) ?? DEFAULT_PARAMS.sort,
    direction: oneOf(search.get(NAMES.direction), ['asc', 'desc'] as const) ?? 'desc',
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
    cursor: cursorOf(search),
    status: oneOf(search.get(NAMES.status), TICKET_STATUSES),
    companyId: uuid(search.get(NAMES.companyId)),
    subscriptionId: uuid(search.get(NAMES.subscriptionId)),
    assigneeId: uuid(search.get(NAMES.assigneeId)),
    mine: search.get(NAMES.mine) === '1',
    unassigned: search.get(NAMES.unassigned) === '1',
    overdue: search.get(NAMES.overdue) === '1',
  };
}

/** Writes the filters back, leaving defaults out so a plain list has a plain address. */
export function serializeTicketListParams(params: TicketListParams): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of Object.keys(NAMES) as (keyof TicketListParams)[]) {
    const value = params[key];
    if (value === DEFAULT_PARAMS[key] || value === undefined || value === '') continue;
    search.set(NAMES[key], typeof value === 'boolean' ? '1' : String(value));
  }
  return search;
}

/**
 * Applies a change the way people expect: any filter change goes back to page 1,
 * a cursor lasts only for the change that brought it (a jump to a page number drops it),
 * «Δικά μου», «Χωρίς ανάθεση» and a chosen assignee exclude each other, a package
 * belongs to a company, and a status outside the chosen tab is dropped.
 */
export function changeTicketListParams(
  current: TicketListParams,
  change: Partial<TicketListParams>,
): TicketListParams {
  const next = { ...current, ...change };
  if (!('page' in change)) next.page = 1;
  if (!('cursor' in change)) next.cursor = undefined;
  if (change.mine) Object.assign(next, { unassigned: false, assigneeId: undefined });
  if (change.unassigned) Object.assign(next, { mine: false, assigneeId: undefined });
  if (change.assigneeId) Object.assign(next, { mine: false, unassigned: false });
  if ('companyId' in change && change.companyId !== current.companyId) {
    next.subscriptionId = undefined;
  }
  if (next.status && !statusesOfState(next.state).includes(next.status)) next.status = undefined;
  return next;
}

/** The statuses a tab can hold: «Ανοιχτά» all but closed, «Κλειστά» only closed. */
export function statusesOfState(state: TicketListState): readonly TicketStatus[] {
  if (state === 'closed') return ['closed'];
  if (state === 'open') return TICKET_STATUSES.filter((status) => status !== 'closed');
  return TICKET_STATUSES;
}

/** The API request for these filters; staff-only filters are sent only for staff. */
export function ticketListQueryOf(params: TicketListParams, forStaff: boolean): TicketListQuery {
  const query: TicketListQuery = {
    state: params.state,
    sort: params.sort,
    direction: params.direction,
    page: params.page,
    pageSize: PAGE_SIZE,
  };
  if (params.cursor) query.cursor = params.cursor;
  if (params.q.trim()) query.q = params.q.trim();
  if (!forStaff) return query;
  return {
    ...query,
    status: params.status,
    companyId: params.companyId,
    subscriptionId: params.subscriptionId,
    assigneeId: params.assigneeId,
    mine: params.mine || undefined,
    unassigned: params.unassigned || undefined,
    overdue: params.overdue || undefined,
  };
}

/** True when anything narrows the list beyond its tab (so "no tickets" means "none match"). */
export function hasFilters(params: TicketListParams): boolean {
  return Boolean(
    params.q.trim() ||
      params.status ||
      params.companyId ||
      params.subscriptionId ||
      params.assigneeId ||
      params.mine ||
      params.unassigned ||
      params.overdue,
  );
}
