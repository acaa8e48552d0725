import { describe, expect, it } from 'vitest';
import { durationError, durationTextOf, parseDuration } from './duration-text';

describe('a duration typed as hours:minutes', () => {
  it('reads «1:30», «0:45» and a bare «2» (hours)', () => {
    expect(parseDuration('1:30')).toBe(90);
    expect(parseDuration(' 0:45 ')).toBe(45);
    expect(parseDuration('2')).toBe(120);
    expect(parseDuration('1:75')).toBeNull();
    expect(parseDuration('1,5')).toBeNull();
  });

  it('names what is wrong with the same codes as the server', () => {
    expect(durationError('')).toBe('required');
    expect(durationError('abc')).toBe('invalid_format');
    expect(durationError('0:00')).toBe('too_small');
    expect(durationError('169:00')).toBe('too_big');
    expect(durationError('25:00')).toBeNull();
  });

  it('shows a finished task as whole minutes, at least one', () => {
    expect(durationTextOf(3_000)).toBe('0:50');
    expect(durationTextOf(5)).toBe('0:01');
  });
});
