import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LiveArea } from '../../shared/api/live.js';
import { createChangeCoalescer } from './change-coalescer.js';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('change coalescer', () => {
  it('sends the first change at once, then gathers the rest until the window ends', () => {
    const sent: LiveArea[][] = [];
    const coalescer = createChangeCoalescer((areas) => sent.push(areas), 1000);
    coalescer.push(['tickets']);
    expect(sent).toEqual([['tickets']]);

    vi.advanceTimersByTime(200);
    coalescer.push(['tasks']);
    coalescer.push(['tickets', 'tasks']);
    expect(sent).toHaveLength(1);
    vi.advanceTimersByTime(799);
    expect(sent).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual([['tickets'], ['tasks', 'tickets']]);
  });

  it('sends at once again after a quiet window', () => {
    const sent: LiveArea[][] = [];
    const coalescer = createChangeCoalescer((areas) => sent.push(areas), 1000);
    coalescer.push(['tickets']);
    vi.advanceTimersByTime(1500);
    coalescer.push(['subscriptions']);
    expect(sent).toEqual([['tickets'], ['subscriptions']]);
  });

  it('loses nothing: a change right after a gathered send waits for the next window, then goes', () => {
    const sent: LiveArea[][] = [];
    const coalescer = createChangeCoalescer((areas) => sent.push(areas), 1000);
    coalescer.push(['tickets']);
    coalescer.push(['tasks']);
    vi.advanceTimersByTime(1000);
    expect(sent).toEqual([['tickets'], ['tasks']]);
    coalescer.push(['subscriptions']);
    expect(sent).toHaveLength(2);
    vi.advanceTimersByTime(1000);
    expect(sent).toEqual([['tickets'], ['tasks'], ['subscriptions']]);
    // Quiet again for a whole window: the next change goes at once.
    vi.advanceTimersByTime(1000);
    coalescer.push(['tickets']);
    expect(sent).toHaveLength(4);
  });

  it('sends nothing after it is stopped', () => {
    const sent: LiveArea[][] = [];
    const coalescer = createChangeCoalescer((areas) => sent.push(areas), 1000);
    coalescer.push(['tickets']);
    coalescer.push(['tasks']);
    coalescer.stop();
    vi.advanceTimersByTime(5000);
    expect(sent).toEqual([['tickets']]);
  });
});
