import { describe, expect, it } from 'vitest';
import { athensInstant, athensWallTime } from './athens-time';
import { formatClock, formatHm, formatHmDelta, formatWorked, isoDuration } from './hours-format';

describe('hours as h:mm', () => {
  it('writes minutes as hours:minutes, overage with a minus', () => {
    expect(formatHm(0)).toBe('0:00');
    expect(formatHm(135)).toBe('2:15');
    expect(formatHm(-90)).toBe('−1:30');
    expect(formatHmDelta(15)).toBe('+0:15');
    expect(formatHmDelta(-15)).toBe('−0:15');
    expect(isoDuration(135)).toBe('PT2H15M');
  });

  it('writes a running clock with seconds, and time worked under a minute as «<0:01»', () => {
    expect(formatClock(312)).toBe('0:05:12');
    expect(formatClock(3_600 * 12 + 1)).toBe('12:00:01');
    expect(formatWorked(0)).toBe('0:00');
    expect(formatWorked(7)).toBe('<0:01');
    expect(formatWorked(3_059)).toBe('0:50');
  });
});

describe('Athens wall time', () => {
  it('reads a wall time as the instant it names in Athens, summer and winter alike', () => {
    expect(athensInstant('2026-07-01 10:30:00').toISOString()).toBe('2026-07-01T07:30:00.000Z');
    expect(athensInstant('2026-01-15 10:30').toISOString()).toBe('2026-01-15T08:30:00.000Z');
    // The night the clocks go forward (29 March 2026, 03:00 → 04:00).
    expect(athensInstant('2026-03-29 05:00:00').toISOString()).toBe('2026-03-29T02:00:00.000Z');
  });

  it('writes an instant as the wall time of Athens, and back again', () => {
    const instant = new Date('2026-10-25T09:15:00Z');
    expect(athensWallTime(instant)).toBe('2026-10-25 11:15:00');
    expect(athensInstant(athensWallTime(instant)).getTime()).toBe(instant.getTime());
  });
});
