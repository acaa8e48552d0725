import {
  and,
  count,
  desc,
  eq,
  gte,
  inArray,
  isNotNull,
  isNull,
  lt,
  type Placeholder,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Database, Executor } from '../db/database.js';
import { preparedStatement } from '../db/prepared-statements.js';
import { companies, packages, subscriptions, tasks, tickets, users } from '../db/schema.js';
import { conflict } from '../http/errors.js';
import type { TicketScope } from '../policies/authorize.js';

export type TaskRow = typeof tasks.$inferSelect;
export type NewTaskRow = typeof tasks.$inferInsert;

/** A task with the names it is shown with. */
const viewColumns = {
  task: tasks,
  ticket: { number: tickets.number, subject: tickets.subject, requesterId: tickets.requesterId },
  companyName: sql<string>`coalesce(${companies.tradeName}, ${companies.legalName})`,
  packageName: packages.name,
  staff: { id: users.id, firstName: users.firstName, lastName: users.lastName },
};

function selectViews(db: Executor) {
  return db
    .select(viewColumns)
    .from(tasks)
    .innerJoin(tickets, eq(tickets.id, tasks.ticketId))
    .innerJoin(companies, eq(companies.id, tasks.companyId))
    .innerJoin(users, eq(users.id, tasks.staffId))
    .leftJoin(subscriptions, eq(subscriptions.id, tasks.subscriptionId))
    .leftJoin(packages, eq(packages.id, subscriptions.packageId));
}

export type TaskView = Awaited<ReturnType<typeof findTaskView>> & {};

/** The tasks of the tickets in scope: the query itself is limited to what the actor may see. */
export function taskScopeCondition(scope: TicketScope): SQL | undefined {
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'company':
      return eq(tasks.companyId, scope.companyId);
    case 'requester':
      return and(eq(tasks.companyId, scope.companyId), eq(tickets.requesterId, scope.requesterId));
  }
}

/** One task that has not been deleted, with its names; the caller decides who may see it. */
export async function findTaskView(db: Executor, id: string) {
  const [row] = await selectViews(db)
    .where(and(eq(tasks.id, id), isNull(tasks.deletedAt)))
    .limit(1);
  return row;
}

/** A ticket's tasks (not deleted), oldest first. */
export function listTaskViewsOfTicket(db: Executor, ticketId: string) {
  return selectViews(db)
    .where(and(eq(tasks.ticketId, ticketId), isNull(tasks.deletedAt)))
    .orderBy(tasks.startedAt, tasks.createdAt);
}

/** The task a staff member is running now, if any. */
export async function findRunningTaskView(db: Executor, staffId: string) {
  const [row] = await selectViews(db)
    .where(and(eq(tasks.staffId, staffId), isNull(tasks.endedAt), isNull(tasks.deletedAt)))
    .limit(1);
  return row;
}

/**
 * A company's tasks in scope, as placeholders (`companyId`, `scopeCompanyId`,
 * `requesterId`) for a statement prepared once per kind of scope.
 */
function companyTasksInScope(scope: TicketScope) {
  return and(
    eq(tasks.companyId, sql.placeholder('companyId')),
    scope.kind === 'all' ? undefined : eq(tasks.companyId, sql.placeholder('scopeCompanyId')),
    scope.kind === 'requester'
      ? eq(tickets.requesterId, sql.placeholder('requesterId'))
      : undefined,
    isNull(tasks.deletedAt),
  );
}

/** The values of companyTasksInScope's placeholders. */
const companyTasksValues = (scope: TicketScope, companyId: string) => ({
  companyId,
  scopeCompanyId: scope.kind === 'all' ? undefined : scope.companyId,
  requesterId: scope.kind === 'requester' ? scope.requesterId : undefined,
});

/** Tasks of a company running now in scope, oldest first (prepared: the central screen asks it). */
export function listRunningTaskViews(db: Database, scope: TicketScope, companyId: string) {
  const statement = preparedStatement(db, `running-tasks:${scope.kind}`, (name) =>
    selectViews(db)
      .where(and(companyTasksInScope(scope), isNull(tasks.endedAt)))
      .orderBy(tasks.startedAt)
      .prepare(name),
  );
  return statement.execute(companyTasksValues(scope, companyId));
}

export interface PastTaskFilters {
  companyId?: string;
  subscriptionId?: string;
  /** Tasks that started in [from, to). */
  startedFrom?: Date;
  startedBefore?: Date;
  page: number;
  pageSize: number;
}

/**
 * A page of finished tasks in scope, newest first, how many match in all and their
 * totals: seconds worked (floored per task) and billable minutes (each billable
 * task rounded up to its own increment), the same rules as measureTask.
 */
export async function listPastTaskViews(
  db: Executor,
  scope: TicketScope,
  filters: PastTaskFilters,
) {
  const where = pastTasksCondition(scope, filters);
  const [items, [total]] = await Promise.all([
    selectViews(db)
      .where(where)
      .orderBy(desc(tasks.startedAt), desc(tasks.id))
      .limit(filters.pageSize)
      .offset((filters.page - 1) * filters.pageSize),
    db
      .select({
        value: count(),
        workedSeconds: sql<number>`coalesce(sum(${finishedSeconds}), 0)`.mapWith(Number),
        billableMinutes:
          sql<number>`coalesce(sum(case when ${tasks.isBillable} then ceil(${finishedSeconds} / (${tasks.billingIncrementMinutes} * 60.0)) * ${tasks.billingIncrementMinutes} else 0 end), 0)`.mapWith(
            Number,
          ),
      })
      .from(tasks)
      .innerJoin(tickets, eq(tickets.id, tasks.ticketId))
      .where(where),
  ]);
  return {
    items,
    total: total?.value ?? 0,
    totals: {
      workedSeconds: total?.workedSeconds ?? 0,
      billableMinutes: total?.billableMinutes ?? 0,
    },
  };
}

/**
 * A company's latest finished tasks in scope, newest first: the central screen's
 * list, which shows no count or totals (their statement cost more than the page).
 * Prepared, one per kind of scope: planning its seven-table join took 3.4 ms against
 * 0.9 ms to run it (100,000-ticket bench seed).
 */
export async function listRecentTaskViews(
  db: Database,
  scope: TicketScope,
  companyId: string,
  limit: number,
) {
  const statement = preparedStatement(db, `recent-tasks:${scope.kind}:${limit}`, (name) => {
    // The ids first, then their rows and names. Written as one join, PostgreSQL priced
    // its generic plan above a plan made for the company at hand and planned it anew
    // on every view (2.4 ms, pg_prepared_statements: 0 generic plans in 12 runs); with
    // the join over ten ids it keeps the generic plan. (Inside, `tasks` and `tickets`
    // are the subquery's own.)
    const ids = db.select({ id: tasks.id }).from(tasks).$dynamic();
    // A requester sees the tasks of their own tickets: the ticket tells whose it is.
    const newestFinished = (
      scope.kind === 'requester' ? ids.innerJoin(tickets, eq(tickets.id, tasks.ticketId)) : ids
    )
      .where(and(companyTasksInScope(scope), isNotNull(tasks.endedAt)))
      .orderBy(desc(tasks.startedAt), desc(tasks.id))
      // In the text, not a parameter: a generic plan with an unknown LIMIT is priced as
      // if it returned a tenth of the table (see literalLimit in tickets.repository.ts).
      .limit(sql.raw(String(Math.trunc(limit))) as unknown as number);
    return selectViews(db)
      .where(inArray(tasks.id, newestFinished))
      .orderBy(desc(tasks.startedAt), desc(tasks.id))
      .prepare(name);
  });
  return statement.execute(companyTasksValues(scope, companyId));
}

function pastTasksCondition(
  scope: TicketScope,
  filters: Omit<PastTaskFilters, 'page' | 'pageSize'>,
) {
  return and(
    taskScopeCondition(scope),
    filters.companyId ? eq(tasks.companyId, filters.companyId) : undefined,
    filters.subscriptionId ? eq(tasks.subscriptionId, filters.subscriptionId) : undefined,
    filters.startedFrom ? gte(tasks.startedAt, filters.startedFrom) : undefined,
    filters.startedBefore ? lt(tasks.startedAt, filters.startedBefore) : undefined,
    isNotNull(tasks.endedAt),
    isNull(tasks.deletedAt),
  );
}

/** A finished task's whole seconds worked (never negative: an old row with backwards dates counts 0). */
const finishedSeconds = sql`greatest(floor(extract(epoch from (${tasks.endedAt} - ${tasks.startedAt}))), 0)`;

/**
 * A task's worked seconds, floored, up to `now` while it runs: the same rule as
 * src/shared/hours' measureTask. `now` is a value or a prepared statement's placeholder.
 */
function workedSeconds(now: SQL | Placeholder | string) {
  return sql`greatest(floor(extract(epoch from (coalesce(${tasks.endedAt}, cast(${now} as timestamptz)) - ${tasks.startedAt}))), 0)`;
}

/**
 * Whole minutes worked on a ticket (billable or not, running tasks up to `now`),
 * as a column of the statement that reads the ticket or a list's page (a subquery
 * on its tasks, found by their ticket index) rather than a round trip of its own.
 * Seconds are floored per task, then the sum is floored to minutes.
 */
export function minutesSpentOnTicket(ticketId: AnyPgColumn, now: SQL | Placeholder | string) {
  return sql<number>`(select coalesce(floor(sum(${workedSeconds(now)}) / 60), 0)::int from ${tasks} where ${tasks.ticketId} = ${ticketId} and ${tasks.deletedAt} is null)`.mapWith(
    Number,
  );
}

/**
 * Locks a staff member's row for the rest of the transaction: two "start" requests
 * of the same person queue here, so the second sees the first one's running task.
 */
export async function lockStaffMember(db: Executor, userId: string): Promise<void> {
  await db.select({ id: users.id }).from(users).where(eq(users.id, userId)).for('update');
}

/** Locks a task's row for the rest of the transaction; undefined when missing or deleted. */
export async function lockTask(db: Executor, id: string): Promise<TaskRow | undefined> {
  const [row] = await db
    .select()
    .from(tasks)
    .where(and(eq(tasks.id, id), isNull(tasks.deletedAt)))
    .for('update');
  return row;
}

/** Whether any task timer (anyone's) runs on the ticket now: the status rules ask. */
export async function isTaskRunningOnTicket(db: Executor, ticketId: string): Promise<boolean> {
  const statement = preparedStatement(db, 'task-running-on-ticket', (name) =>
    db
      .select({ id: tasks.id })
      .from(tasks)
      .where(
        and(
          eq(tasks.ticketId, sql.placeholder('ticketId')),
          isNull(tasks.endedAt),
          isNull(tasks.deletedAt),
        ),
      )
      .limit(1)
      .prepare(name),
  );
  const [row] = await statement.execute({ ticketId });
  return row !== undefined;
}

export async function findRunningTaskOf(
  db: Executor,
  staffId: string,
): Promise<TaskRow | undefined> {
  const [row] = await db
    .select()
    .from(tasks)
    .where(and(eq(tasks.staffId, staffId), isNull(tasks.endedAt), isNull(tasks.deletedAt)))
    .limit(1);
  return row;
}

function isRunningIndexViolation(error: unknown): boolean {
  // node-postgres and PGlite both carry the SQLSTATE; Drizzle wraps it as the cause.
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    const { code, constraint } = e as { code?: string; constraint?: string };
    if (code === '23505') return constraint === undefined || constraint.includes('one_running');
  }
  return false;
}

/** Inserts a task; the unique index turns a second running task of one person into a 409. */
export async function insertTask(db: Executor, values: NewTaskRow): Promise<TaskRow> {
  try {
    const [row] = await db.insert(tasks).values(values).returning();
    return row!;
  } catch (error) {
    if (isRunningIndexViolation(error)) {
      throw conflict('task_already_running', 'Another task of this staff member is running');
    }
    throw error;
  }
}

export async function updateTask(
  db: Executor,
  id: string,
  values: Partial<
    Pick<
      TaskRow,
      | 'description'
      | 'startedAt'
      | 'endedAt'
      | 'isBillable'
      | 'billableMinutes'
      | 'multiplier'
      | 'deletedAt'
      | 'ticketId'
      | 'subscriptionId'
    >
  >,
  now: Date,
): Promise<TaskRow> {
  const [row] = await db
    .update(tasks)
    .set({ ...values, updatedAt: now })
    .where(eq(tasks.id, id))
    .returning();
  return row!;
}
