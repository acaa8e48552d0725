import { sql } from 'drizzle-orm';
import {
  addDays,
  addMonths,
  billableMinutes,
  formatLocalDate,
  incrementOf,
  localDateOf,
  localMidnight,
  parseLocalDate,
} from '../../shared/hours/index.js';
import {
  INITIAL_TICKET_STATUS,
  nextStatus,
  type StatusEvent,
  statusEventKind,
  type TicketStatus,
} from '../../shared/tickets/ticket-status.js';
import { recordAudit } from '../audit/audit.repository.js';
import type { CompanyRow } from '../companies/companies.repository.js';
import type { Executor } from '../db/database.js';
import { tickets } from '../db/schema.js';
import { recordTaskMovements } from '../ledger/task-movements.js';
import { insertPackage, insertSubscription } from '../packages/packages.repository.js';
import { refreshTicketDueTimes } from '../targets/ticket-due-times.js';
import { ledgerChargeOf, loadChargeTarget } from '../tasks/task-charge.js';
import { insertTask } from '../tasks/tasks.repository.js';
import { taskSnapshot } from '../tasks/tasks.service.js';
import { insertMessage, insertTicketEvent } from '../tickets/thread.repository.js';
import { recomputeThreadColumns } from '../tickets/thread-columns.js';
import { insertSearchPieces } from '../tickets/ticket-search.repository.js';
import { insertTicket, updateTicket } from '../tickets/tickets.repository.js';
import type { UserRow } from '../users/users.repository.js';
import {
  type DemoAction,
  type DemoTicket,
  type DemoWhen,
  demoPackages,
  demoSubscriptions,
  demoTickets,
} from './demo-support.data.js';

interface SeedContext {
  tx: Executor;
  now: Date;
  companies: Map<string, CompanyRow>;
  users: Map<string, UserRow>;
  subscriptionOf: Map<string, string>;
}

/** A demo time on the company's wall clock, as an instant. */
function instantOf(when: DemoWhen, company: CompanyRow, now: Date): Date {
  if (!Array.isArray(when)) {
    return new Date(now.getTime() - (when as { minutesAgo: number }).minutesAgo * 60_000);
  }
  const [daysAgo, time] = when as readonly [number, string];
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  const day = addDays(localDateOf(now, company.timeZone), -daysAgo);
  return new Date(localMidnight(day, company.timeZone).getTime() + (hours * 60 + minutes) * 60_000);
}

function startDateOf(start: (typeof demoSubscriptions)[number]['start'], today: string): string {
  if ('anchorDaysAgo' in start)
    return addMonths(addDays(today, -start.anchorDaysAgo), -start.monthsBack);
  if ('daysAgo' in start) return addDays(today, -start.daysAgo);
  const { year, month } = parseLocalDate(addMonths(today, -start.firstOfMonthsBack));
  return formatLocalDate({ year, month, day: 1 });
}

async function seedSubscriptions(ctx: SeedContext, admin: UserRow): Promise<void> {
  const packageIds = {
    monthly: (await insertPackage(ctx.tx, demoPackages.monthly)).id,
    block: (await insertPackage(ctx.tx, demoPackages.block)).id,
  };
  for (const entry of demoSubscriptions) {
    const company = ctx.companies.get(entry.company)!;
    const startDate = startDateOf(entry.start, localDateOf(ctx.now, company.timeZone));
    const row = await insertSubscription(ctx.tx, {
      companyId: company.id,
      packageId: packageIds[entry.package],
      startDate,
      hoursPerPeriodOverride: entry.hoursPerPeriodOverride ?? null,
    });
    await recordAudit(ctx.tx, {
      action: 'subscription.created',
      actorUserId: admin.id,
      companyId: company.id,
      entityType: 'subscription',
      entityId: row.id,
      data: { package: demoPackages[entry.package].name, startDate },
      createdAt: localMidnight(startDate, company.timeZone),
    });
    ctx.subscriptionOf.set(company.id, row.id);
  }
}

const statusEventOf = (action: DemoAction, isStaff: boolean): StatusEvent => {
  if (action.kind === 'close') return { trigger: 'staff_close' };
  if (action.kind === 'task') return { trigger: 'task_started' };
  if (action.isInternal) return { trigger: 'internal_note' };
  return { trigger: isStaff ? 'staff_reply' : 'customer_reply' };
};

/** When a demo task's timer ran (ends null: it runs now). */
interface TimerSpan {
  startedAt: Date;
  endedAt: Date | null;
}

const isRunningAt = (spans: TimerSpan[], at: Date) =>
  spans.some((span) => span.startedAt <= at && (span.endedAt === null || span.endedAt > at));

/**
 * One ticket with rows as the services would have written them: the number from
 * the sequence, the first message as the description, the status moved by the
 * same rules (nextStatus) with an event for each change, tasks with their
 * billable minutes rounded by the package's increment.
 */
async function seedTicket(ctx: SeedContext, demo: DemoTicket): Promise<void> {
  const { tx, now } = ctx;
  const company = ctx.companies.get(demo.company)!;
  const at = (when: DemoWhen) => instantOf(when, company, now);
  const [first, ...rest] = demo.actions as [DemoAction & { kind: 'message' }, ...DemoAction[]];
  const requester = ctx.users.get(first.by)!;
  const createdAt = at(first.at);
  const ticket = await insertTicket(tx, {
    companyId: company.id,
    requesterId: requester.id,
    subscriptionId: ctx.subscriptionOf.get(company.id) ?? null,
    subject: demo.subject,
    link: demo.link ?? null,
    priority: demo.priority ?? 'normal',
    lastActivityAt: createdAt,
    createdAt,
    updatedAt: createdAt,
  });
  const base = { ticketId: ticket.id, companyId: company.id };
  const description = await insertMessage(tx, {
    ...base,
    authorId: requester.id,
    body: first.body,
    createdAt,
  });
  await insertSearchPieces(tx, [
    { ...base, messageId: null, text: demo.subject },
    { ...base, messageId: description.id, text: first.body },
  ]);
  await insertTicketEvent(tx, { ...base, actorId: requester.id, kind: 'created', createdAt });

  let status: TicketStatus = INITIAL_TICKET_STATUS;
  const timers: TimerSpan[] = [];
  let assigneeId: string | null = null;
  let closedAt: Date | null = null;
  let firstRespondedAt: Date | null = null;
  let lastActivityAt = createdAt;
  const target = await loadChargeTarget(tx, ticket);
  for (const action of rest) {
    const actor = ctx.users.get(action.by)!;
    const time = at(action.at);
    const isStaff = actor.companyId === null;
    if (isStaff && assigneeId === null) {
      assigneeId = actor.id;
      await insertTicketEvent(tx, {
        ...base,
        actorId: actor.id,
        kind: 'assigned',
        data: { from: null, to: actor.id },
        createdAt: time,
      });
    }
    if (action.kind === 'message') {
      const message = await insertMessage(tx, {
        ...base,
        authorId: actor.id,
        body: action.body,
        isInternal: action.isInternal ?? false,
        createdAt: time,
      });
      if (!action.isInternal) {
        await insertSearchPieces(tx, [{ ...base, messageId: message.id, text: action.body }]);
        lastActivityAt = time;
        // Staff's first public answer meets the first-response target.
        if (isStaff) firstRespondedAt ??= time;
      }
    }
    if (action.kind === 'task') {
      await seedTask(ctx, ticket, target, actor, action, time);
      const minutes = action.minutes;
      const endedAt = minutes === undefined ? null : new Date(time.getTime() + minutes * 60_000);
      timers.push({ startedAt: time, endedAt });
    }
    const to = nextStatus({
      ...statusEventOf(action, isStaff),
      current: status,
      isTaskRunning: isRunningAt(timers, time),
    });
    const kind = statusEventKind(status, to);
    if (kind) {
      await insertTicketEvent(tx, {
        ...base,
        actorId: actor.id,
        kind,
        data: { from: status, to },
        createdAt: time,
      });
      closedAt = to === 'closed' ? time : null;
      status = to;
      lastActivityAt = time;
    }
  }
  await updateTicket(tx, ticket.id, {
    status,
    assigneeId,
    closedAt,
    firstRespondedAt,
    lastActivityAt,
  });
  await recomputeThreadColumns(tx, sql`${tickets.id} = ${ticket.id}`);
  // From its package's targets and its status history, as the services keep them.
  await refreshTicketDueTimes(tx, ticket.id);
}

async function seedTask(
  ctx: SeedContext,
  ticket: { id: string; companyId: string; subscriptionId: string | null; number: number },
  target: Awaited<ReturnType<typeof loadChargeTarget>>,
  staff: UserRow,
  demo: DemoAction & { kind: 'task' },
  startedAt: Date,
): Promise<void> {
  const company = [...ctx.companies.values()].find((c) => c.id === ticket.companyId)!;
  const increment = incrementOf({
    billingIncrementMinutes: target?.terms.billingIncrementMinutes ?? 1,
  });
  const isBillable = demo.isBillable ?? true;
  const endedAt =
    demo.minutes === undefined ? null : new Date(startedAt.getTime() + demo.minutes * 60_000);
  const recordedAt = demo.lateReason
    ? instantOf(demo.lateReason.at, company, ctx.now)
    : (endedAt ?? startedAt);
  const values = {
    startedAt,
    endedAt,
    isBillable,
    billingIncrementMinutes: increment,
    billableMinutes: endedAt ? billableMinutes(startedAt, endedAt, increment, isBillable) : null,
  };
  const task = await insertTask(ctx.tx, {
    ...values,
    ticketId: ticket.id,
    companyId: ticket.companyId,
    subscriptionId: ticket.subscriptionId,
    staffId: staff.id,
    description: demo.description,
    createdAt: recordedAt,
    updatedAt: recordedAt,
  });
  // The ledger line is written as the change would have written it, at the same instant.
  await recordTaskMovements(ctx.tx, null, ledgerChargeOf(target, task), {
    taskId: task.id,
    actorUserId: staff.id,
    reason: demo.lateReason?.reason ?? null,
    details: { ticketNumber: ticket.number, after: taskSnapshot(task) },
    now: recordedAt,
    isTimerStop: !demo.lateReason,
  });
  await recordAudit(ctx.tx, {
    action: endedAt ? 'task.created' : 'task.started',
    actorUserId: staff.id,
    companyId: ticket.companyId,
    entityType: 'task',
    entityId: task.id,
    data: {
      ticketNumber: ticket.number,
      after: taskSnapshot(task),
      ...(demo.lateReason ? { reason: demo.lateReason.reason } : {}),
    },
    createdAt: recordedAt,
  });
}

/** Packages, subscriptions and a support history for the demo companies, in the caller's transaction. */
export async function seedDemoSupport(
  tx: Executor,
  companies: CompanyRow[],
  users: UserRow[],
  now = new Date(),
): Promise<void> {
  const ctx: SeedContext = {
    tx,
    now,
    companies: new Map(companies.map((company) => [company.legalName, company])),
    users: new Map(users.map((user) => [user.email, user])),
    subscriptionOf: new Map(),
  };
  const admin = users.find((user) => user.role === 'admin')!;
  await seedSubscriptions(ctx, admin);
  // Oldest first, so ticket numbers grow with time as they would have.
  const ordered = [...demoTickets].sort(
    (a, b) =>
      instantOf(a.actions[0]!.at, ctx.companies.get(a.company)!, now).getTime() -
      instantOf(b.actions[0]!.at, ctx.companies.get(b.company)!, now).getTime(),
  );
  for (const ticket of ordered) await seedTicket(ctx, ticket);
}
