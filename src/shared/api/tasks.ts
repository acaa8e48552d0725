import { z } from 'zod';
import { WORK_MULTIPLIERS } from '../hours/work-multipliers.js';
import { instantInputSchema, monthInputSchema } from '../input-dates.js';
import { MAX_INTEGER_ID } from '../input-numbers.js';

/** A task's description is short: what was done, in a line. */
export const TASK_DESCRIPTION_MAX = 500;
/** Why a task was edited or deleted; kept in the audit log and shown with late corrections. */
export const TASK_REASON_MAX = 500;
/** A manual task longer than this (24 h) needs `confirmLongDuration: true`. */
export const LONG_TASK_MINUTES = 24 * 60;
/** No task is longer than a week, confirmed or not: that is a typing mistake. */
export const MAX_TASK_MINUTES = 7 * 24 * 60;

const descriptionSchema = z
  .string('required')
  .trim()
  .min(1, 'required')
  .max(TASK_DESCRIPTION_MAX, 'too_long');
const reasonSchema = z
  .string('required')
  .trim()
  .min(1, 'required')
  .max(TASK_REASON_MAX, 'too_long');
const instantSchema = instantInputSchema;
/** ×1, ×1,5 urgent, ×2 out of hours: scales the minutes the task charges. */
const multiplierSchema = z.enum(WORK_MULTIPLIERS, 'invalid_value');
const durationSchema = z
  .number('required')
  .int('invalid_value')
  .min(1, 'too_small')
  .max(MAX_TASK_MINUTES, 'too_big');

/** A duration over 24 h is allowed only when the user confirmed it. */
function requireConfirmationOfLongDuration(
  value: { durationMinutes?: number | undefined; confirmLongDuration?: boolean | undefined },
  context: z.RefinementCtx,
): void {
  if (
    value.durationMinutes !== undefined &&
    value.durationMinutes > LONG_TASK_MINUTES &&
    // Over the week's limit it is simply too big: asking to confirm would mislead.
    value.durationMinutes <= MAX_TASK_MINUTES &&
    !value.confirmLongDuration
  ) {
    context.addIssue({
      code: 'custom',
      path: ['durationMinutes'],
      message: 'confirm_long_duration',
    });
  }
}

/** «Έναρξη εργασίας»: starts the actor's timer on a ticket. */
export const startTaskRequestSchema = z.object({
  description: descriptionSchema,
  /** Stop the actor's running task first (the answer to 409 task_already_running). */
  stopRunning: z.boolean().default(false),
  /** Reopen a closed ticket first (the answer to 409 ticket_closed). */
  reopen: z.boolean().default(false),
  isBillable: z.boolean().default(true),
  /** Charge billable work to a package at or past 100 % (the answer to 409 package_exhausted_confirmation_required). */
  confirmExhausted: z.boolean().default(false),
  multiplier: multiplierSchema.default('normal'),
});
export type StartTaskRequest = z.input<typeof startTaskRequestSchema>;

/** «Ολοκλήρωση»; stopping a colleague's timer needs `confirmColleague` (else 409 colleague_task_confirmation_required). */
export const stopTaskRequestSchema = z
  .object({ confirmColleague: z.boolean().default(false) })
  .optional();
export type StopTaskRequest = z.input<typeof stopTaskRequestSchema>;

/** A finished task added by hand: when it started and how long it took. */
export const manualTaskRequestSchema = z
  .object({
    description: descriptionSchema,
    startedAt: instantSchema,
    durationMinutes: durationSchema,
    isBillable: z.boolean().default(true),
    multiplier: multiplierSchema.default('normal'),
    confirmLongDuration: z.boolean().default(false),
    /** Charge billable work to a package at or past 100 % (the answer to 409 package_exhausted_confirmation_required). */
    confirmExhausted: z.boolean().default(false),
    /** Needed only when the task lands in a billing period that has already ended. */
    reason: reasonSchema.optional(),
  })
  .superRefine(requireConfirmationOfLongDuration);
export type ManualTaskRequest = z.input<typeof manualTaskRequestSchema>;

/** An edit of a task; `reason` is always required, as for every change to the ledger. */
export const updateTaskRequestSchema = z
  .object({
    description: descriptionSchema.optional(),
    startedAt: instantSchema.optional(),
    /** Only for finished tasks; a running one has no duration yet. */
    durationMinutes: durationSchema.optional(),
    isBillable: z.boolean().optional(),
    multiplier: multiplierSchema.optional(),
    /** Move the task to another ticket of the same company; it is charged to that ticket's package. */
    ticketNumber: z
      .number('invalid_value')
      .int('invalid_value')
      .min(1, 'invalid_value')
      .max(MAX_INTEGER_ID, 'too_big')
      .optional(),
    confirmLongDuration: z.boolean().default(false),
    reason: reasonSchema,
  })
  .superRefine(requireConfirmationOfLongDuration);
export type UpdateTaskRequest = z.input<typeof updateTaskRequestSchema>;

export const deleteTaskRequestSchema = z.object({ reason: reasonSchema });
export type DeleteTaskRequest = z.input<typeof deleteTaskRequestSchema>;

export const taskIdParamsSchema = z.object({ id: z.uuid('invalid_format') });

const personSchema = z.object({ id: z.uuid(), name: z.string() });

/** Εργασία, as staff and the customers of its company see it. */
export const taskSchema = z.object({
  id: z.uuid(),
  ticket: z.object({ number: z.number(), subject: z.string() }),
  company: z.object({ id: z.uuid(), name: z.string() }),
  subscriptionId: z.uuid().nullable(),
  packageName: z.string().nullable(),
  staff: personSchema,
  description: z.string(),
  startedAt: z.iso.datetime(),
  /** Null while the task runs. */
  endedAt: z.iso.datetime().nullable(),
  isRunning: z.boolean(),
  isBillable: z.boolean(),
  /** Copied from the package when the task was made. */
  billingIncrementMinutes: z.number(),
  /** Whole seconds worked; for a running task, up to the response's `now`. */
  durationSeconds: z.number(),
  /** Rounded up to the increment, times the multiplier, 0 when not billable; live for a running task. */
  billableMinutes: z.number(),
  /** Urgent or out-of-hours work, shown to the customer («×1,5 επείγουσα»). */
  multiplier: multiplierSchema,
});
export type Task = z.infer<typeof taskSchema>;

/** The tasks of one ticket (past and running) with its totals. */
export const ticketTasksSchema = z.object({
  /** The server's clock, so the web counts running tasks from the same instant. */
  now: z.iso.datetime(),
  items: z.array(taskSchema),
  totals: z.object({
    /** Whole minutes worked on the ticket, billable and not, running tasks up to `now`. */
    minutesSpent: z.number(),
    billableMinutes: z.number(),
    runningCount: z.number(),
  }),
  abilities: z.object({ log: z.boolean() }),
});
export type TicketTasks = z.infer<typeof ticketTasksSchema>;

export const runningTaskSchema = z.object({
  now: z.iso.datetime(),
  task: taskSchema.nullable(),
});
export type RunningTask = z.infer<typeof runningTaskSchema>;

/** The past (finished) tasks list, filterable by company (staff), package and month. */
export const taskListQuerySchema = z.object({
  companyId: z.uuid('invalid_format').optional(),
  subscriptionId: z.uuid('invalid_format').optional(),
  /** A calendar month in the company's time zone. */
  month: monthInputSchema.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type TaskListQuery = z.input<typeof taskListQuerySchema>;

export const taskListSchema = z.object({
  items: z.array(taskSchema),
  total: z.number(),
  /** Of every task the filter matches, not just this page. */
  totals: z.object({
    /** Whole seconds worked, each task floored as its row shows it. */
    workedSeconds: z.number(),
    /** What the billable ones charged, each rounded up to its increment. */
    billableMinutes: z.number(),
  }),
  page: z.number(),
  pageSize: z.number(),
});
export type TaskList = z.infer<typeof taskListSchema>;
