import { describe, expect, it } from 'vitest';
import { isoFromPostgresTimestamp } from './instant-column.js';

const read = (text: string) => new Date(isoFromPostgresTimestamp(text)).toISOString();

describe("reading PostgreSQL's timestamptz text", () => {
  it('reads every year, with or without fractions and minute offsets', () => {
    expect(read('2025-03-01 09:30:00.123+02')).toBe('2025-03-01T07:30:00.123Z');
    expect(read('0020-05-01 10:00:00+00')).toBe('0020-05-01T10:00:00.000Z');
    expect(read('2025-03-01 09:30:00+05:30')).toBe('2025-03-01T04:00:00.000Z');
    expect(read('12025-03-01 09:30:00+00')).toBe('+012025-03-01T09:30:00.000Z');
    expect(read('0001-01-01 00:00:00+00 BC')).toBe('0000-01-01T00:00:00.000Z');
  });
});
