import type { z } from 'zod';
import type {
  RunningTask,
  Task,
  TaskList,
  TicketTasks,
  taskListQuerySchema,
} from '../../shared/api/tasks.js';
import { calendarMonthOf, DEFAULT_TIME_ZONE, localMidnight } from '../../shared/hours/index.js';
import { findCompanyById } from '../companies/companies.repository.js';
import type { Database } from '../db/database.js';
import { notFound } from '../http/errors.js';
import { type Actor, isStaff } from '../policies/actor.js';
import { authorize, can, ticketScopeOf } from '../policies/authorize.js';
import { findVisibleTicket } from '../tickets/tickets.service.js';
import { presentTask } from './task.presenter.js';
import {
  findRunningTaskView,
  findTaskView,
  listPastTaskViews,
  listTaskViewsOfTicket,
} from './tasks.repository.js';

/** One task as the actor may see it (404 otherwise). */
export async function findTask(db: Database, actor: Actor, id: string): Promise<Task> {
  const view = await findTaskView(db, id);
  if (!view) throw notFound();
  authorize(actor, 'task.view', {
    companyId: view.task.companyId,
    requesterId: view.ticket.requesterId,
  });
  return presentTask(view, new Date());
}

/** A ticket's tasks, past and running, with its total time: for whoever may see the ticket. */
export async function findTicketTasks(
  db: Database,
  actor: Actor,
  number: number,
): Promise<TicketTasks> {
  const { ticket } = await findVisibleTicket(db, actor, number);
  authorize(actor, 'task.view', ticket);
  const now = new Date();
  const items = (await listTaskViewsOfTicket(db, ticket.id)).map((row) => presentTask(row, now));
  const seconds = items.reduce((sum, task) => sum + task.durationSeconds, 0);
  return {
    now: now.toISOString(),
    items,
    totals: {
      // The same rule as the tickets' minutesSpent: seconds per task, summed, floored to minutes.
      minutesSpent: Math.floor(seconds / 60),
      billableMinutes: items.reduce((sum, task) => sum + task.billableMinutes, 0),
      runningCount: items.filter((task) => task.isRunning).length,
    },
    abilities: { log: can(actor, 'task.log', ticket) },
  };
}

/** The actor's own running task (staff), or null. */
export async function findMyRunningTask(db: Database, actor: Actor): Promise<RunningTask> {
  authorize(actor, 'staff-console.use', null);
  const now = new Date();
  const view = await findRunningTaskView(db, actor.userId);
  return { now: now.toISOString(), task: view ? presentTask(view, now) : null };
}

/** The company a customer's request is about: always their own; naming another is a 404. */
export function companyOfRequest(actor: Actor, companyId: string | undefined): string | undefined {
  if (isStaff(actor)) return companyId;
  if (companyId !== undefined) authorize(actor, 'company.view', { id: companyId });
  return actor.companyId!;
}

type PastTaskQuery = Omit<z.output<typeof taskListQuerySchema>, 'page' | 'pageSize'>;

/** Which finished tasks a query asks for, as the actor may see them, and the company's time zone. */
async function pastTaskSelection(db: Database, actor: Actor, query: PastTaskQuery) {
  const companyId = companyOfRequest(actor, query.companyId);
  let timeZone = DEFAULT_TIME_ZONE;
  if (companyId) {
    const company = await findCompanyById(db, companyId);
    if (!company) throw notFound();
    timeZone = company.timeZone;
  }
  // The month as the company's wall calendar has it.
  const month = query.month
    ? calendarMonthOf(localMidnight(`${query.month}-01`, timeZone), timeZone)
    : undefined;
  const filter = {
    ...(companyId ? { companyId } : {}),
    ...(query.subscriptionId ? { subscriptionId: query.subscriptionId } : {}),
    ...(month ? { startedFrom: month.start, startedBefore: month.end } : {}),
  };
  return { scope: ticketScopeOf(actor), filter, timeZone };
}

/** Finished tasks the actor may see, newest first, by company, package and month. */
export async function findPastTasks(
  db: Database,
  actor: Actor,
  query: z.output<typeof taskListQuerySchema>,
): Promise<TaskList> {
  const { scope, filter } = await pastTaskSelection(db, actor, query);
  const { items, total, totals } = await listPastTaskViews(db, scope, {
    ...filter,
    page: query.page,
    pageSize: query.pageSize,
  });
  const now = new Date();
  return {
    items: items.map((row) => presentTask(row, now)),
    total,
    totals,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** The same tasks for a CSV export: up to `limit` of them, and the time zone to show their times in. */
export async function findPastTasksForExport(
  db: Database,
  actor: Actor,
  query: PastTaskQuery,
  limit: number,
): Promise<{ items: Task[]; timeZone: string }> {
  const { scope, filter, timeZone } = await pastTaskSelection(db, actor, query);
  const { items } = await listPastTaskViews(db, scope, { ...filter, page: 1, pageSize: limit });
  const now = new Date();
  return { items: items.map((row) => presentTask(row, now)), timeZone };
}
