import type { Task, UpdateTaskRequest } from '../../../shared/api/tasks';
import { TASK_DESCRIPTION_MAX } from '../../../shared/api/tasks';
import { instantOfWallTime, wallTimeOf } from '../../../shared/hours';
import type { FieldError } from '../../../shared/problem';
import { TIME_ZONE } from '../../lib/format';
import { durationError, durationTextOf, parseDuration } from './duration-text';
import type { TaskFormValues } from './task-form-fields';

const FIVE_MINUTES = 5 * 60_000;

/** A new task defaults to «the last hour, until now»; an edited one shows its own values. */
export function initialTaskValues(task: Task | null, now = new Date()): TaskFormValues {
  if (!task) {
    const start = Math.floor((now.getTime() - 60 * 60_000) / FIVE_MINUTES) * FIVE_MINUTES;
    return {
      description: '',
      startedAt: wallTimeOf(new Date(start), TIME_ZONE),
      duration: '1:00',
      isBillable: true,
      multiplier: 'normal',
      reason: '',
    };
  }
  return {
    description: task.description,
    startedAt: wallTimeOf(new Date(task.startedAt), TIME_ZONE),
    duration: task.isRunning ? '' : durationTextOf(task.durationSeconds),
    isBillable: task.isBillable,
    multiplier: task.multiplier,
    reason: '',
  };
}

/** The form's own checks, the same codes the server uses (validation.* in the locale files). */
export function taskFormErrors(
  values: TaskFormValues,
  options: { withDuration: boolean; reasonRequired: boolean },
): FieldError[] {
  const errors: FieldError[] = [];
  const description = values.description.trim();
  if (description === '') errors.push({ field: 'description', code: 'required' });
  if (description.length > TASK_DESCRIPTION_MAX) {
    errors.push({ field: 'description', code: 'too_long', params: { max: TASK_DESCRIPTION_MAX } });
  }
  if (!values.startedAt) errors.push({ field: 'startedAt', code: 'required' });
  const duration = options.withDuration ? durationError(values.duration) : null;
  if (duration) errors.push({ field: 'duration', code: duration });
  if (options.reasonRequired && values.reason.trim() === '') {
    errors.push({ field: 'reason', code: 'required' });
  }
  return errors;
}

/** The start as the API wants it: the Athens wall time as an instant. */
export const startedAtOf = (values: TaskFormValues) =>
  instantOfWallTime(values.startedAt ?? '', TIME_ZONE).toISOString();

/** An edit sends only what changed (an unchanged start keeps its seconds), and always the reason. */
export function taskChanges(
  values: TaskFormValues,
  initial: TaskFormValues,
  withDuration: boolean,
  confirmLongDuration: boolean,
): UpdateTaskRequest | null {
  const body: UpdateTaskRequest = { reason: values.reason.trim() };
  if (values.description.trim() !== initial.description)
    body.description = values.description.trim();
  if (values.startedAt !== initial.startedAt) body.startedAt = startedAtOf(values);
  if (withDuration && values.duration.trim() !== initial.duration) {
    body.durationMinutes = parseDuration(values.duration) ?? undefined;
    body.confirmLongDuration = confirmLongDuration;
  }
  if (values.isBillable !== initial.isBillable) body.isBillable = values.isBillable;
  if (values.multiplier !== initial.multiplier) body.multiplier = values.multiplier;
  return Object.keys(body).length > 1 ? body : null;
}
