import { describe, expect, it } from 'vitest';
import { measureTask } from './measure-task.js';

const startedAt = new Date('2026-05-04T09:00:00.000Z');
const now = new Date('2026-05-04T09:07:01.000Z');

describe('measuring a task', () => {
  it('reports the duration of a non-billable task but bills nothing', () => {
    const task = { startedAt, endedAt: new Date('2026-05-04T09:07:01.000Z'), isBillable: false };
    expect(measureTask(task, 15, now)).toEqual({
      durationSeconds: 421,
      billableMinutes: 0,
      isRunning: false,
    });
  });

  it('counts a running task up to now, rounded up like any task', () => {
    const task = { startedAt, endedAt: null, isBillable: true };
    expect(measureTask(task, 15, now)).toEqual({
      durationSeconds: 421,
      billableMinutes: 15,
      isRunning: true,
    });
    expect(measureTask(task, 1, now).billableMinutes).toBe(8);
  });

  it('counts a running task as 0 when the clock reading now is behind its start', () => {
    const task = { startedAt, endedAt: null, isBillable: true };
    expect(measureTask(task, 15, new Date('2026-05-04T08:59:58.000Z'))).toEqual({
      durationSeconds: 0,
      billableMinutes: 0,
      isRunning: true,
    });
  });

  it('measures a finished task by its end, whatever now is', () => {
    const task = { startedAt, endedAt: new Date('2026-05-04T10:00:00.000Z'), isBillable: true };
    expect(measureTask(task, 15, now)).toEqual({
      durationSeconds: 3600,
      billableMinutes: 60,
      isRunning: false,
    });
  });

  it('counts a task with unreadable or backwards dates as nothing instead of failing the list', () => {
    const unreadable = { startedAt: new Date(Number.NaN), endedAt: now, isBillable: true };
    const backwards = { startedAt: now, endedAt: startedAt, isBillable: true };
    for (const task of [unreadable, backwards]) {
      expect(measureTask(task, 15, now)).toEqual({
        durationSeconds: 0,
        billableMinutes: 0,
        isRunning: false,
      });
    }
  });
});
