import { MAX_TASK_MINUTES } from '../../../shared/api/tasks';

const DURATION_PATTERN = /^(\d{1,3})(?::([0-5]?\d))?$/;

/** Reads a duration typed as hours:minutes («1:30», «0:45», or «2» for two hours); null if unreadable. */
export function parseDuration(text: string): number | null {
  const match = DURATION_PATTERN.exec(text.trim());
  if (!match) return null;
  return Number(match[1]) * 60 + Number(match[2] ?? 0);
}

/** The duration field's error code (validation.*), or null when it is fine. */
export function durationError(text: string): string | null {
  if (text.trim() === '') return 'required';
  const minutes = parseDuration(text);
  if (minutes === null) return 'invalid_format';
  if (minutes < 1) return 'too_small';
  if (minutes > MAX_TASK_MINUTES) return 'too_big';
  return null;
}

/** A finished task's duration for its edit form, in the field's own input syntax h:mm (what parseDuration reads). */
export function durationTextOf(durationSeconds: number): string {
  const minutes = Math.max(1, Math.round(durationSeconds / 60));
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}
