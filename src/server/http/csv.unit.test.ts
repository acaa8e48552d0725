import { describe, expect, it } from 'vitest';
import { csvDateTime, csvDocument, csvField } from './csv.js';

describe('csvField', () => {
  it('quotes every field and doubles quotes inside', () => {
    expect(csvField('Λέει "γεια", φεύγει')).toBe('"Λέει ""γεια"", φεύγει"');
    expect(csvField(null)).toBe('""');
    expect(csvField({ a: 1 })).toBe('"{""a"":1}"');
  });

  it('defuses what a spreadsheet would run as a formula', () => {
    for (const text of ['=1+1', '+1', '-1+1', '-A1', '@SUM(A1)', '\tx', '\rx']) {
      expect(csvField(text)).toBe(`"'${text}"`);
    }
  });

  it('keeps a plain negative number a number', () => {
    expect(csvField('-45')).toBe('"-45"');
    expect(csvField('-0,75')).toBe('"-0,75"');
  });
});

describe('csvDocument', () => {
  it('starts with a byte-order mark and ends every line with CRLF', () => {
    expect(csvDocument(['a', 'b'], [[1, 'x']])).toBe('\uFEFF"a","b"\r\n"1","x"\r\n');
  });
});

describe('csvDateTime', () => {
  it('writes the wall clock of the time zone, daylight saving time included', () => {
    expect(csvDateTime(new Date('2026-11-03T08:05:00Z'), 'Europe/Athens')).toBe('2026-11-03 10:05');
    expect(csvDateTime(new Date('2026-07-01T21:30:00Z'), 'Europe/Athens')).toBe('2026-07-02 00:30');
  });
});
