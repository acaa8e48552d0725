import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  DeleteTaskRequest,
  ManualTaskRequest,
  RunningTask,
  StartTaskRequest,
  Task,
  TaskList,
  TicketTasks,
  UpdateTaskRequest,
} from '../../shared/api/tasks';
import { apiGet, apiRequest } from './client';
import { pollWhileOffline } from './live';
import { queryKeys } from './query-keys';
import { withQuery } from './query-string';

/** How often a ticket's tasks are asked for again without a change stream. */
export const TASKS_REFRESH_MS = 15_000;

/** The filters of «Όλες οι εργασίες»; empty values are left out of the request. */
export interface TaskListFilter {
  companyId?: string;
  subscriptionId?: string;
  /** 'YYYY-MM' */
  month?: string;
  page: number;
  pageSize: number;
}

/** A ticket's tasks, past and running, with its total time (customers and staff). */
export function useTicketTasks(number: number) {
  return useQuery({
    queryKey: queryKeys.tasks.ofTicket(number),
    queryFn: ({ signal }): Promise<TicketTasks> =>
      apiGet('/api/tickets/{number}/tasks', { params: { number }, signal }),
    refetchInterval: pollWhileOffline(TASKS_REFRESH_MS),
    refetchOnWindowFocus: true,
  });
}

/** The signed-in staff member's running task, or null (staff only). */
export function useMyRunningTask(enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.tasks.running,
    queryFn: ({ signal }): Promise<RunningTask> => apiGet('/api/me/running-task', { signal }),
    refetchInterval: enabled ? pollWhileOffline(30_000) : false,
    refetchOnWindowFocus: true,
    enabled,
  });
}

/** «Εξαγωγή CSV»: every task the filters match (a plain link, so the browser downloads it). */
export function pastTasksCsvPath(filter: Omit<TaskListFilter, 'page' | 'pageSize'>): string {
  return withQuery('/api/tasks.csv', filter);
}

/** Finished tasks, newest first, by company (staff), package and month; a page at a time. */
export function usePastTasks(filter: TaskListFilter) {
  return useQuery({
    queryKey: queryKeys.tasks.list({ ...filter }),
    queryFn: ({ signal }): Promise<TaskList> => apiGet('/api/tasks', { query: filter, signal }),
    placeholderData: keepPreviousData,
  });
}

/** After any change to a task: its ticket, every task list, the timer and the hours move. */
function useRefreshAfterTaskChange() {
  const queryClient = useQueryClient();
  return (ticketNumber?: number) => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.tasks.all });
    void queryClient.invalidateQueries({ queryKey: queryKeys.dashboard.all });
    void queryClient.invalidateQueries({ queryKey: queryKeys.tickets.lists });
    if (ticketNumber !== undefined) {
      void queryClient.invalidateQueries({ queryKey: queryKeys.tickets.detail(ticketNumber) });
    }
  };
}

/** «Έναρξη εργασίας» (staff); the 409s (task_already_running, ticket_closed…) are the caller's. */
export function useStartTask(number: number) {
  const refresh = useRefreshAfterTaskChange();
  return useMutation({
    mutationFn: (body: StartTaskRequest): Promise<Task> =>
      apiRequest('POST', '/api/tickets/{number}/tasks/start', { params: { number }, body }),
    onSuccess: (task) => refresh(task.ticket.number),
  });
}

/** «Ολοκλήρωση»: stops a running task (staff). */
export function useStopTask() {
  const refresh = useRefreshAfterTaskChange();
  return useMutation({
    // A colleague's timer is stopped only with `confirmColleague` (the page asked first).
    mutationFn: (id: string | { id: string; confirmColleague: boolean }): Promise<Task> =>
      typeof id === 'string'
        ? apiRequest('POST', '/api/tasks/{id}/stop', { params: { id } })
        : apiRequest('POST', '/api/tasks/{id}/stop', {
            params: { id: id.id },
            body: { confirmColleague: id.confirmColleague },
          }),
    onSuccess: (task) => refresh(task.ticket.number),
    // task_not_running: someone stopped it meanwhile; the lists must say so too.
    onError: () => refresh(),
  });
}

/** A finished task added by hand (staff). */
export function useCreateManualTask(number: number) {
  const refresh = useRefreshAfterTaskChange();
  return useMutation({
    mutationFn: (body: ManualTaskRequest): Promise<Task> =>
      apiRequest('POST', '/api/tickets/{number}/tasks', { params: { number }, body }),
    onSuccess: (task) => refresh(task.ticket.number),
  });
}

/** Edits a task, with a reason (staff). */
export function useUpdateTask() {
  const refresh = useRefreshAfterTaskChange();
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateTaskRequest & { id: string }): Promise<Task> =>
      apiRequest('PATCH', '/api/tasks/{id}', { params: { id }, body }),
    onSuccess: (task) => refresh(task.ticket.number),
  });
}

/** Deletes a task, with a reason (staff). */
export function useDeleteTask() {
  const refresh = useRefreshAfterTaskChange();
  return useMutation({
    mutationFn: ({
      id,
      ticketNumber: _,
      ...body
    }: DeleteTaskRequest & { id: string; ticketNumber: number }): Promise<void> =>
      apiRequest('DELETE', '/api/tasks/{id}', { params: { id }, body }),
    onSuccess: (_, variables) => refresh(variables.ticketNumber),
  });
}
