import {
  and,
  asc,
  count,
  desc,
  eq,
  getTableColumns,
  isNull,
  type Placeholder,
  type SQL,
  sql,
} from 'drizzle-orm';
import { type AnyPgColumn, alias, type PgSelect, type SelectedFields } from 'drizzle-orm/pg-core';
import type { TICKET_SORTS } from '../../shared/api/tickets.js';
import { INITIAL_TICKET_STATUS, type TicketStatus } from '../../shared/tickets/ticket-status.js';
import { barePlaceholders } from '../db/bare-placeholders.js';
import type { Database, Executor } from '../db/database.js';
import { preparedStatement, preparedStatementIfRoom } from '../db/prepared-statements.js';
import {
  companies,
  packages,
  subscriptions,
  ticketParticipants,
  tickets,
  users,
} from '../db/schema.js';
import type { TicketScope } from '../policies/authorize.js';
import { minutesSpentOnTicket } from '../tasks/tasks.repository.js';
import { participantIdsOf } from '../ticket-participants/participants.repository.js';
import type { TicketCursor } from './ticket-cursor.js';
import { readAtOfTicket } from './ticket-reads.repository.js';
import { searchCondition } from './ticket-search.repository.js';
import { lastReplyOfTicket, waitingSinceOfTicket } from './ticket-waiting.repository.js';

type TicketSort = (typeof TICKET_SORTS)[number];

export type TicketRow = typeof tickets.$inferSelect;

const assignees = alias(users, 'assignees');

/** What a list row shows of a ticket: not its search text (~2 KB) nor its link. */
const listedTicketColumns = {
  id: tickets.id,
  number: tickets.number,
  subject: tickets.subject,
  status: tickets.status,
  priority: tickets.priority,
  companyId: tickets.companyId,
  requesterId: tickets.requesterId,
  assigneeId: tickets.assigneeId,
  subscriptionId: tickets.subscriptionId,
  needsPackage: tickets.needsPackage,
  createdAt: tickets.createdAt,
  lastActivityAt: tickets.lastActivityAt,
  closedAt: tickets.closedAt,
  firstResponseDueAt: tickets.firstResponseDueAt,
  firstRespondedAt: tickets.firstRespondedAt,
  resolutionDueAt: tickets.resolutionDueAt,
};

/**
 * A ticket on its own page, and what services decide on: every column (search
 * text lives in ticket_search), and its colleagues' ids, which the authorization
 * module needs to let them in.
 */
const ticketColumns = { ...getTableColumns(tickets), participantIds: participantIdsOf(tickets.id) };

/** The names a ticket is shown with. */
const namesColumns = {
  companyName: sql<string>`coalesce(${companies.tradeName}, ${companies.legalName})`,
  requester: {
    id: users.id,
    firstName: users.firstName,
    lastName: users.lastName,
    role: users.role,
  },
  assignee: {
    id: assignees.id,
    firstName: assignees.firstName,
    lastName: assignees.lastName,
    role: assignees.role,
  },
  packageName: packages.name,
};

/** Columns a caller adds to a ticket's row and its names. */
type ExtraColumns = Record<string, SQL | SQL.Aliased>;

/**
 * Tickets with their names (company, requester, assignee, package) and what the
 * caller adds: the joins every view of a ticket shares.
 */
function selectWithNames<
  Columns extends typeof ticketColumns | typeof listedTicketColumns,
  Extra extends ExtraColumns,
>(db: Executor, ticket: Columns, extra: Extra) {
  return db
    .select({ ticket, ...namesColumns, ...extra })
    .from(tickets)
    .innerJoin(companies, eq(companies.id, tickets.companyId))
    .innerJoin(users, eq(users.id, tickets.requesterId))
    .leftJoin(assignees, eq(assignees.id, tickets.assigneeId))
    .leftJoin(subscriptions, eq(subscriptions.id, tickets.subscriptionId))
    .leftJoin(packages, eq(packages.id, subscriptions.packageId));
}

/** A ticket with its names, for its own page and for services. */
const selectSummaries = (db: Executor) => selectWithNames(db, ticketColumns, {});

/**
 * Rows of a list, each with its sort key as text (for the next page's cursor), and
 * what the list shows besides the ticket, read in the same statement rather than in
 * a round trip each: the reader's last look, the minutes worked, since when the
 * customer waits, who wrote last, how many match.
 */
function selectListed(db: Database, sortKey: SQL<string>, bind: Bind, matching: SQL) {
  return selectWithNames(db, listedTicketColumns, {
    sortKey,
    readAt: readAtOfTicket(tickets.id, bind('readerId')),
    minutesSpent: minutesSpentOnTicket(tickets.id, bind('now')),
    waitingSince: waitingSinceOfTicket(tickets.status, tickets.customerWaitingSince),
    lastReply: lastReplyOfTicket(tickets.lastPublicMessageAt, tickets.lastPublicAuthorId),
    // Uncorrelated: PostgreSQL runs it once for the statement, not per row.
    matching: sql<number>`(${matching})`.mapWith(Number),
  });
}

export type TicketSummaryRow = Awaited<ReturnType<typeof findTicketByNumber>> & {};

/** A new ticket, in the status machine's first status (a later status comes by its rules). */
export async function insertTicket(
  db: Executor,
  values: Omit<typeof tickets.$inferInsert, 'status' | 'closedAt'>,
): Promise<TicketRow> {
  const [row] = await db
    .insert(tickets)
    .values({ ...values, status: INITIAL_TICKET_STATUS })
    .returning();
  return row!;
}

/** One ticket by its number, with its names; the caller decides who may see it. */
/**
 * A ticket with its names by number, as every change to a ticket starts (it is
 * authorized on this row), in the caller's transaction or not: one prepared statement.
 */
export async function findTicketByNumber(db: Executor, number: number) {
  const statement = preparedStatement(db, 'ticket-by-number', (name) =>
    // No LIMIT: the number is unique, and a parameter-free plan is kept as is.
    selectSummaries(db)
      .where(eq(tickets.number, sql.placeholder('number')))
      .prepare(name),
  );
  const [row] = await statement.execute({ number });
  return row;
}

/**
 * The same as findTicketByNumber for a page being read, with the minutes worked
 * on it up to `now`, as one prepared statement (a ticket's page is among the most
 * frequent requests).
 */
export async function findTicketToRead(db: Database, number: number, now: Date) {
  const statement = preparedStatement(db, 'ticket-to-read', (name) =>
    // No LIMIT: the number is unique, and a parameter-free plan is kept as is.
    selectWithNames(db, ticketColumns, {
      minutesSpent: minutesSpentOnTicket(tickets.id, sql.placeholder('now')),
    })
      .where(eq(tickets.number, sql.placeholder('number')))
      .prepare(name),
  );
  const [row] = await statement.execute({ number, now: now.toISOString() });
  return row;
}

/** One ticket's own row by id (no names), e.g. for a reply that came by email. */
export async function findTicketRowById(db: Executor, id: string): Promise<TicketRow | undefined> {
  const [row] = await db.select().from(tickets).where(eq(tickets.id, id)).limit(1);
  return row;
}

/** One ticket's own row by number (no names). */
export async function findTicketRowByNumber(
  db: Executor,
  number: number,
): Promise<TicketRow | undefined> {
  const [row] = await db.select().from(tickets).where(eq(tickets.number, number)).limit(1);
  return row;
}

/**
 * Locks a ticket's row for the rest of the transaction, so concurrent changes queue;
 * it comes with its colleagues' ids as they are under the lock (whom its emails go to).
 */
export async function lockTicket(
  db: Executor,
  id: string,
): Promise<TicketRow & { participantIds: string[] }> {
  const statement = preparedStatement(db, 'ticket-lock', (name) =>
    db
      .select(ticketColumns)
      .from(tickets)
      .where(eq(tickets.id, sql.placeholder('id')))
      .for('update')
      .prepare(name),
  );
  const [row] = await statement.execute({ id });
  return row!;
}

/** The ticket's state after a change, as a reply answers with it. */
export const ticketStateColumns = {
  number: tickets.number,
  status: tickets.status,
  closedAt: tickets.closedAt,
  lastActivityAt: tickets.lastActivityAt,
  assigneeId: tickets.assigneeId,
};
export type TicketState = { [K in keyof typeof ticketStateColumns]: TicketRow[K] };

type TicketChange = Partial<
  Pick<
    TicketRow,
    | 'status'
    | 'priority'
    | 'assigneeId'
    | 'closedAt'
    | 'lastActivityAt'
    | 'subscriptionId'
    | 'needsPackage'
    | 'firstRespondedAt'
    | 'lastPublicMessageAt'
    | 'lastPublicAuthorId'
    | 'customerWaitingSince'
  >
>;

/**
 * Changes a ticket in one UPDATE and returns its new state. Prepared, one statement
 * for each set of columns changed (a reply, a status change, an assignment each
 * change the same few), its values as bare placeholders (a closing's null time).
 */
export async function updateTicket(
  db: Executor,
  id: string,
  values: TicketChange,
): Promise<TicketState> {
  const changed = { ...definedOnly(values), updatedAt: new Date() };
  const columns = Object.keys(changed).sort();
  const statement = preparedStatementIfRoom(db, `update-ticket:${columns.join(',')}`, (name) =>
    db
      .update(tickets)
      .set(barePlaceholders(columns))
      .where(eq(tickets.id, sql.placeholder('ticketId')))
      .returning(ticketStateColumns)
      .prepare(name),
  );
  const [state] = statement
    ? await statement.execute({ ...changed, ticketId: id })
    : await db.update(tickets).set(changed).where(eq(tickets.id, id)).returning(ticketStateColumns);
  return state!;
}

function definedOnly<Values extends object>(values: Values): Partial<Values> {
  return Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== undefined),
  ) as Partial<Values>;
}

export interface TicketFilters {
  state: 'open' | 'closed' | 'all';
  status?: TicketStatus;
  /** Already folded with foldForSearch. */
  search?: string;
  /** The ticket number the search names («#1016»), found besides the text. */
  searchNumber?: number;
  companyId?: string;
  assigneeId?: string;
  subscriptionId?: string;
  unassigned?: boolean;
  /** Past a due time now (the stored due instants against `now`). */
  overdue?: boolean;
  sort: TicketSort;
  direction: 'asc' | 'desc';
  page: number;
  pageSize: number;
  /** Where the previous page ended: the page starts after it instead of at an offset. */
  after?: TicketCursor;
}

/** The values a list's statement is run with; a prepared statement has placeholders instead. */
type ListValues = {
  scopeCompanyId?: string;
  scopeRequesterId?: string;
  status?: TicketStatus;
  companyId?: string;
  assigneeId?: string;
  subscriptionId?: string;
  cursorValue?: string;
  cursorNumber?: number;
  offset: number;
  /** Whose read marks the rows carry. */
  readerId: string;
  /** Running tasks count up to this instant (ISO text). */
  now: string;
};

/** A value of the statement: its placeholder when it is being prepared. */
type Bind = <Key extends keyof ListValues>(key: Key) => SQL | Placeholder | ListValues[Key];

/**
 * The scope's condition on the tickets table. A member's scope is not one: the
 * tickets they opened and those they were added to come from two selects
 * (ticketSources), since one condition with an OR of both can use neither's index.
 */
function scopeCondition(scope: Exclude<TicketScope, { kind: 'requester' }>, bind: Bind) {
  return scope.kind === 'all' ? undefined : sql`${tickets.companyId} = ${bind('scopeCompanyId')}`;
}

/**
 * Selects of `columns` from the tickets in scope that meet `conditions`: one for
 * staff and a company_admin. A member's are two, the tickets they opened (read in
 * order from the (requester, company, last activity) index) and those they were
 * added to as a colleague (found through their participant rows, few): an OR of
 * the two in one condition walked the company's whole index to find a member's
 * few tickets (36 ms instead of 0.3 ms at 3,650 tickets a company).
 */
function ticketSources(
  db: Database,
  scope: TicketScope,
  bind: Bind,
  columns: SelectedFields,
  conditions: (SQL | undefined)[],
): PgSelect[] {
  if (scope.kind !== 'requester') {
    return [
      db
        .select(columns)
        .from(tickets)
        .where(and(scopeCondition(scope, bind), ...conditions))
        .$dynamic(),
    ];
  }
  const inCompany = sql`${tickets.companyId} = ${bind('scopeCompanyId')}`;
  const reader = bind('scopeRequesterId');
  const opened = db
    .select(columns)
    .from(tickets)
    .where(and(inCompany, sql`${tickets.requesterId} = ${reader}`, ...conditions))
    .$dynamic();
  const addedTo = db
    .select(columns)
    .from(ticketParticipants)
    .innerJoin(tickets, eq(tickets.id, ticketParticipants.ticketId))
    .$dynamic()
    .where(
      and(
        inCompany,
        sql`${ticketParticipants.userId} = ${reader}`,
        // Never both: a requester is not their own colleague, but a row must not count twice.
        sql`${tickets.requesterId} <> ${reader}`,
        ...conditions,
      ),
    );
  return [opened, addedTo];
}

/**
 * The state is written into the statement, never a parameter: the open queue's
 * partial index (status <> 'closed') serves a prepared statement's generic plan
 * only when its condition is literally the index's.
 */
const stateConditions = {
  open: sql`${tickets.status} <> 'closed'`,
  closed: sql`${tickets.status} = 'closed'`,
  all: undefined,
};

function filterConditions(filters: TicketFilters, bind: Bind): (SQL | undefined)[] {
  return [
    stateConditions[filters.state],
    filters.status ? sql`${tickets.status} = ${bind('status')}` : undefined,
    filters.search ? searchCondition(filters.search, filters.searchNumber) : undefined,
    filters.companyId ? sql`${tickets.companyId} = ${bind('companyId')}` : undefined,
    filters.assigneeId ? sql`${tickets.assigneeId} = ${bind('assigneeId')}` : undefined,
    filters.subscriptionId ? sql`${tickets.subscriptionId} = ${bind('subscriptionId')}` : undefined,
    filters.unassigned ? isNull(tickets.assigneeId) : undefined,
    filters.overdue ? overdueCondition(bind) : undefined,
  ];
}

/**
 * Past a due time at `now`: the first response not given by its due time, or the
 * resolution's passed while its clock runs (not closed, not waiting for the customer).
 * Plain comparisons of stored columns, so the list stays one statement.
 */
function overdueCondition(bind: Bind): SQL {
  const now = sql`cast(${bind('now')} as timestamptz)`;
  return sql`(${tickets.status} <> 'closed' and ((${tickets.firstRespondedAt} is null and ${tickets.firstResponseDueAt} < ${now}) or (${tickets.status} <> 'waiting_customer' and ${tickets.resolutionDueAt} < ${now})))`;
}

/** PostgreSQL's own microseconds, which a JavaScript Date would round to milliseconds. */
const isoText = (column: AnyPgColumn) =>
  sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Each sort's column, its value as the cursor carries it, and that text read back. */
const sortKeys = {
  lastActivity: {
    column: tickets.lastActivityAt,
    text: isoText(tickets.lastActivityAt),
    cast: sql.raw('timestamptz'),
  },
  created: {
    column: tickets.createdAt,
    text: isoText(tickets.createdAt),
    cast: sql.raw('timestamptz'),
  },
  number: {
    column: tickets.number,
    text: sql<string>`${tickets.number}::text`,
    cast: sql.raw('integer'),
  },
  subject: {
    column: tickets.subject,
    text: sql<string>`${tickets.subject}`,
    cast: sql.raw('text'),
  },
} as const;

/**
 * Counting stops here: past it a list says "more than 1,000" instead of scanning
 * every match (40 pages of 25 is more than anyone pages through; counting 10,000
 * matches cost ~40 ms on the embedded database, against ~4 ms for 1,000).
 */
export const TICKET_COUNT_CAP = 1_000;

/**
 * A search counts its matches only this far: each candidate is checked against its
 * messages' text, so counting to 1,000 matches of a common word took 19 ms against
 * 3 ms for the page itself (100,000 tickets, «διορθωση» in a fifth of the messages).
 * Eight pages of 25; past them a search says "more than 200", and one refines it.
 */
export const SEARCH_COUNT_CAP = 200;

const countCapOf = (filters: TicketFilters) =>
  filters.search ? SEARCH_COUNT_CAP : TICKET_COUNT_CAP;

/** The statements' shape: everything that changes their text, and nothing else. */
function shapeOf(scope: TicketScope, filters: TicketFilters) {
  const matching = [
    scope.kind,
    filters.state,
    filters.status ? 'status' : '',
    filters.companyId ? 'company' : '',
    filters.assigneeId ? 'assignee' : '',
    filters.subscriptionId ? 'subscription' : '',
    filters.unassigned ? 'unassigned' : '',
    filters.overdue ? 'overdue' : '',
  ].join(':');
  const position = filters.after ? 'after' : filters.page > 1 ? 'offset' : 'first';
  return {
    count: matching,
    page: `${matching}:${filters.sort}:${filters.direction}:${filters.pageSize}:${position}`,
  };
}

/**
 * A LIMIT written into the statement rather than sent as a parameter. With an
 * unknown LIMIT, PostgreSQL prices a prepared statement's generic plan as if it
 * returned a tenth of the table, finds it dearer than planning anew, and so plans
 * every execution again; with the number in the text the generic plan is the
 * cheap one and is kept. (Drizzle writes an SQL object given as limit as is.)
 */
const literalLimit = (rows: number) => sql.raw(String(Math.trunc(rows))) as unknown as number;

function listStatement(db: Database, scope: TicketScope, filters: TicketFilters, bind: Bind) {
  const key = sortKeys[filters.sort];
  const order = filters.direction === 'asc' ? asc : desc;
  // A fresh ordering for each use: drizzle rewrites a union's ORDER BY in place.
  const ordering = () => [order(key.column), order(tickets.number)];
  // Keyset: the rows after the cursor's in this order, found in the index, however deep.
  const after = filters.after
    ? sql`(${key.column}, ${tickets.number}) ${sql.raw(filters.direction === 'asc' ? '>' : '<')} (cast(${bind('cursorValue')} as ${key.cast}), cast(${bind('cursorNumber')} as integer))`
    : undefined;
  const byOffset = !filters.after && filters.page > 1;
  // One row more than the page tells whether a next page exists.
  const rows = literalLimit(filters.pageSize + 1);
  // What a union's order needs of each row, each column once (the number may be the sort key).
  const columns = {
    id: tickets.id,
    number: tickets.number,
    ...(key.column === tickets.number ? {} : { sortValue: key.column }),
  };
  const sources = ticketSources(db, scope, bind, columns, [
    ...filterConditions(filters, bind),
    after,
  ]).map((source) => source.orderBy(...ordering()));
  const [only, second] = sources;
  let ids: PgSelect;
  if (!second) {
    ids = only!.limit(rows);
  } else {
    // Each part gives what the page could take from it; the union orders those.
    const perPart = byOffset ? (sql`${rows} + ${bind('offset')}` as unknown as number) : rows;
    ids = only!
      .limit(perPart)
      .unionAll(second.limit(perPart))
      .orderBy(...ordering())
      .limit(rows);
  }
  // Page numbers without a cursor skip ids in the index (an index-only scan), not rows.
  const page = (byOffset ? ids.offset(bind('offset') as number) : ids).as('page');
  return selectListed(db, key.text, bind, matchingCount(db, scope, filters, bind).getSQL())
    .innerJoin(page, eq(sql`${sql.identifier('page')}.${sql.identifier('id')}`, tickets.id))
    .orderBy(...ordering());
}

/** How many tickets match, counted up to one past the cap (an index-only scan at most that long). */
function matchingCount(db: Database, scope: TicketScope, filters: TicketFilters, bind: Bind) {
  const [only, second] = ticketSources(
    db,
    scope,
    bind,
    { one: sql`1` },
    filterConditions(filters, bind),
  ).map((source) => source.limit(literalLimit(countCapOf(filters) + 1)));
  const matches = (second ? only!.unionAll(second) : only!).as('matches');
  return db.select({ value: count() }).from(matches);
}

export interface TicketReader {
  id: string;
}

/**
 * A page of the tickets in scope that match the filters, as `reader` sees them
 * (their read marks), the cursor of the next page (null on the last) and how many
 * match (up to the cap). The page is chosen on the tickets table alone and only its
 * rows are joined to names, so a deep page does not join every row it skips.
 * Without a search, the statement is prepared, one per shape of filters. One
 * statement answers it all; only a page past the end asks for the count again.
 */
export async function listTickets(
  db: Database,
  scope: TicketScope,
  filters: TicketFilters,
  reader: TicketReader,
  now: Date,
) {
  const values: ListValues = {
    scopeCompanyId: scope.kind === 'all' ? undefined : scope.companyId,
    scopeRequesterId: scope.kind === 'requester' ? scope.requesterId : undefined,
    status: filters.status,
    companyId: filters.companyId,
    assigneeId: filters.assigneeId,
    subscriptionId: filters.subscriptionId,
    cursorValue: filters.after?.value,
    cursorNumber: filters.after?.number,
    offset: (filters.page - 1) * filters.pageSize,
    readerId: reader.id,
    now: now.toISOString(),
  };
  const asValue: Bind = (key) => values[key];
  const asPlaceholder: Bind = (key) => sql.placeholder(key);
  const shape = filters.search ? undefined : shapeOf(scope, filters);
  const list = shape
    ? preparedStatementIfRoom(db, `tickets-list:${shape.page}`, (name) =>
        listStatement(db, scope, filters, asPlaceholder).prepare(name),
      )
    : undefined;
  const rows = await (list ? list.execute(values) : listStatement(db, scope, filters, asValue));
  const items = rows.slice(0, filters.pageSize);
  const last = items.at(-1);
  const total = rows[0]?.matching ?? (await countPastTheEnd(db, scope, filters, asValue));
  return {
    items,
    nextAfter:
      rows.length > filters.pageSize && last
        ? { value: last.sortKey, number: last.ticket.number }
        : null,
    total: Math.min(total, countCapOf(filters)),
    isTotalCapped: total > countCapOf(filters),
  };
}

/** The count when the page came back empty: none match, or the page lies past the end. */
async function countPastTheEnd(
  db: Database,
  scope: TicketScope,
  filters: TicketFilters,
  bind: Bind,
) {
  if (filters.page === 1 && !filters.after) return 0;
  const [counted] = await matchingCount(db, scope, filters, bind);
  return counted?.value ?? 0;
}
