import { describe, expect, it } from 'vitest';
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
