import { describe, expect, it } from 'vitest';
import type { Task } from '../../../shared/api/tasks';
import { initialTaskValues, taskChanges } from './task-form-values';

const task = {
  description: 'Ρύθμιση διακομιστή',
  startedAt: '2026-12-01T08:00:00.000Z',
  isRunning: false,
  durationSeconds: 3600,
  isBillable: true,
  multiplier: 'urgent',
} as Task;

describe('the task form’s multiplier («Χρέωση»)', () => {
  it('starts at ×1 for a new task and at the task’s own for an edit', () => {
    expect(initialTaskValues(null).multiplier).toBe('normal');
    expect(initialTaskValues(task).multiplier).toBe('urgent');
  });

  it('is sent in an edit only when it changed, with the reason', () => {
    const initial = initialTaskValues(task);
    const unchanged = { ...initial, reason: 'Διόρθωση' };
    expect(taskChanges(unchanged, initial, true, false)).toBeNull();
    const changed = { ...unchanged, multiplier: 'out_of_hours' as const };
    expect(taskChanges(changed, initial, true, false)).toEqual({
      reason: 'Διόρθωση',
      multiplier: 'out_of_hours',
    });
  });
});
