import { z } from 'zod';
import {
  deleteTaskRequestSchema,
  manualTaskRequestSchema,
  runningTaskSchema,
  startTaskRequestSchema,
  stopTaskRequestSchema,
  taskIdParamsSchema,
  taskListQuerySchema,
  taskListSchema,
  taskSchema,
  ticketTasksSchema,
  updateTaskRequestSchema,
} from '../../shared/api/tasks.js';
import { ticketNumberParamsSchema } from '../../shared/api/tickets.js';
import type { AppDeps } from '../app-deps.js';
import { requireActor, requireSignedIn } from '../auth/auth.plugin.js';
import { requestContext } from '../http/request-context.js';
import type { App } from '../http/types.js';
import { createManualTask, deleteTask, editTask } from './task-edits.service.js';
import {
  findMyRunningTask,
  findPastTasks,
  findPastTasksForExport,
  findTask,
  findTicketTasks,
} from './tasks.queries.js';
import { startTask, stopTask } from './tasks.service.js';
import { tasksCsv } from './tasks-csv.js';

// Years of a busy company's work, and still one download.
const TASKS_CSV_MAX_ROWS = 20_000;

export function registerTaskRoutes(app: App, deps: AppDeps): void {
  app.get(
    '/api/tickets/:number/tasks',
    {
      schema: {
        tags: ['tasks'],
        summary: "A ticket's tasks, past and running, with its total time",
        params: ticketNumberParamsSchema,
        response: { 200: ticketTasksSchema },
      },
    },
    async (request) => findTicketTasks(deps.db, requireActor(request), request.params.number),
  );

  app.post(
    '/api/tickets/:number/tasks/start',
    {
      schema: {
        tags: ['tasks'],
        summary:
          '«Έναρξη εργασίας» (staff): 409 task_already_running unless stopRunning, 409 ticket_closed unless reopen',
        params: ticketNumberParamsSchema,
        body: startTaskRequestSchema,
        response: { 201: taskSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await startTask(
        deps.db,
        actor,
        request.params.number,
        request.body,
        requestContext(request),
      );
      return reply.status(201).send(await findTask(deps.db, actor, id));
    },
  );

  app.post(
    '/api/tickets/:number/tasks',
    {
      schema: {
        tags: ['tasks'],
        summary: 'Add a finished task by hand (staff)',
        params: ticketNumberParamsSchema,
        body: manualTaskRequestSchema,
        response: { 201: taskSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await createManualTask(
        deps.db,
        actor,
        request.params.number,
        request.body,
        requestContext(request),
      );
      return reply.status(201).send(await findTask(deps.db, actor, id));
    },
  );

  app.post(
    '/api/tasks/:id/stop',
    {
      schema: {
        tags: ['tasks'],
        summary:
          "«Ολοκλήρωση» (staff): 409 task_not_running when it has already ended; a colleague's timer needs confirmColleague (else 409 colleague_task_confirmation_required)",
        params: taskIdParamsSchema,
        body: stopTaskRequestSchema,
        response: { 200: taskSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const confirmColleague = request.body?.confirmColleague ?? false;
      await stopTask(
        deps.db,
        actor,
        request.params.id,
        { confirmColleague },
        requestContext(request),
      );
      return findTask(deps.db, actor, request.params.id);
    },
  );

  app.patch(
    '/api/tasks/:id',
    {
      schema: {
        tags: ['tasks'],
        summary: 'Edit a task, with a reason (staff)',
        params: taskIdParamsSchema,
        body: updateTaskRequestSchema,
        response: { 200: taskSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await editTask(deps.db, actor, request.params.id, request.body, requestContext(request));
      return findTask(deps.db, actor, request.params.id);
    },
  );

  app.delete(
    '/api/tasks/:id',
    {
      schema: {
        tags: ['tasks'],
        summary: 'Delete a task, with a reason (staff)',
        params: taskIdParamsSchema,
        body: deleteTaskRequestSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deleteTask(
        deps.db,
        requireActor(request),
        request.params.id,
        request.body.reason,
        requestContext(request),
      );
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/tasks',
    {
      schema: {
        tags: ['tasks'],
        summary: 'Finished tasks, newest first, by company (staff), package and month',
        querystring: taskListQuerySchema,
        response: { 200: taskListSchema },
      },
    },
    async (request) => findPastTasks(deps.db, requireActor(request), request.query),
  );

  app.get(
    '/api/tasks.csv',
    {
      schema: {
        tags: ['tasks'],
        summary: `Finished tasks as CSV (the same filters; up to ${TASKS_CSV_MAX_ROWS} rows), columns in the user's language`,
        querystring: taskListQuerySchema.omit({ page: true, pageSize: true }),
      },
    },
    async (request, reply) => {
      const signedIn = requireSignedIn(request);
      const { items, timeZone } = await findPastTasksForExport(
        deps.db,
        requireActor(request),
        request.query,
        TASKS_CSV_MAX_ROWS,
      );
      const fileName = request.query.month ? `tasks-${request.query.month}.csv` : 'tasks.csv';
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .send(tasksCsv(items, signedIn.user.locale, timeZone));
    },
  );

  app.get(
    '/api/me/running-task',
    {
      schema: {
        tags: ['tasks'],
        summary: "The signed-in staff member's running task, or null",
        response: { 200: runningTaskSchema },
      },
    },
    async (request) => findMyRunningTask(deps.db, requireActor(request)),
  );
}
