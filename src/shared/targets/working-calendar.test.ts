import { describe, expect, it } from 'vitest';
import { addBusinessMinutes, businessMinutesBetween, isWorkingDay } from './working-calendar.js';

const at = (iso: string) => new Date(iso);
const HOUR = 60;

describe('isWorkingDay', () => {
  it('is Monday to Friday except public holidays', () => {
    expect(isWorkingDay('2026-03-02')).toBe(true); // Monday
    expect(isWorkingDay('2026-03-07')).toBe(false); // Saturday
    expect(isWorkingDay('2026-03-08')).toBe(false); // Sunday
    expect(isWorkingDay('2026-03-25')).toBe(false); // Wednesday, 25η Μαρτίου
  });
});

describe('addBusinessMinutes', () => {
  it('counts within one working day (Athens winter time, UTC+2)', () => {
    expect(addBusinessMinutes(at('2026-03-02T08:00:00Z'), HOUR)).toEqual(
      at('2026-03-02T09:00:00Z'),
    );
  });

  it('carries the rest of a Friday over the weekend to Monday', () => {
    // Friday 16:00 Athens + 2 h → Monday 10:00 Athens.
    expect(addBusinessMinutes(at('2026-03-06T14:00:00Z'), 2 * HOUR)).toEqual(
      at('2026-03-09T08:00:00Z'),
    );
  });

  it('starts counting when the next working day opens', () => {
    // Saturday noon → Monday 09:00 + 30 min.
    expect(addBusinessMinutes(at('2026-03-07T10:00:00Z'), 30)).toEqual(at('2026-03-09T07:30:00Z'));
    // Monday 07:00 Athens (before opening) → 09:00 + 1 h.
    expect(addBusinessMinutes(at('2026-03-09T05:00:00Z'), HOUR)).toEqual(
      at('2026-03-09T08:00:00Z'),
    );
    // Monday 18:00 Athens (after closing) → Tuesday 10:00.
    expect(addBusinessMinutes(at('2026-03-09T16:00:00Z'), HOUR)).toEqual(
      at('2026-03-10T08:00:00Z'),
    );
  });

  it('ends exactly at closing time rather than at the next opening', () => {
    expect(addBusinessMinutes(at('2026-03-02T07:00:00Z'), 8 * HOUR)).toEqual(
      at('2026-03-02T15:00:00Z'),
    );
  });

  it('skips Christmas and the day after', () => {
    // Thursday 24/12/2026 16:00 + 2 h: Fri 25 and Sat 26 are holidays, then Sunday → Monday 28 10:00.
    expect(addBusinessMinutes(at('2026-12-24T14:00:00Z'), 2 * HOUR)).toEqual(
      at('2026-12-28T08:00:00Z'),
    );
  });

  it('skips Good Friday and Easter Monday (2026, summer time UTC+3)', () => {
    // Thursday 9/4/2026 16:00 + 2 h → Tuesday 14/4 10:00.
    expect(addBusinessMinutes(at('2026-04-09T13:00:00Z'), 2 * HOUR)).toEqual(
      at('2026-04-14T07:00:00Z'),
    );
  });

  it('skips Clean Monday and Whit Monday', () => {
    // Friday 20/2/2026 16:00 (UTC+2) + 2 h → Tuesday 24/2 10:00.
    expect(addBusinessMinutes(at('2026-02-20T14:00:00Z'), 2 * HOUR)).toEqual(
      at('2026-02-24T08:00:00Z'),
    );
    // Friday 29/5/2026 16:00 (UTC+3) + 2 h → Tuesday 2/6 10:00.
    expect(addBusinessMinutes(at('2026-05-29T13:00:00Z'), 2 * HOUR)).toEqual(
      at('2026-06-02T07:00:00Z'),
    );
  });

  it('crosses the spring DST switch (last Sunday of March) in Athens time', () => {
    // Thursday 26/3/2026 09:00 UTC+2 + 24 business hours → Monday 30/3 17:00 UTC+3.
    expect(addBusinessMinutes(at('2026-03-26T07:00:00Z'), 24 * HOUR)).toEqual(
      at('2026-03-30T14:00:00Z'),
    );
    // Friday 16:00 UTC+2 + 2 h → Monday 10:00 UTC+3.
    expect(addBusinessMinutes(at('2026-03-27T14:00:00Z'), 2 * HOUR)).toEqual(
      at('2026-03-30T07:00:00Z'),
    );
  });

  it('crosses the autumn DST switch (last Sunday of October) in Athens time', () => {
    // Friday 23/10/2026 16:00 UTC+3 + 2 h → Monday 26/10 10:00 UTC+2.
    expect(addBusinessMinutes(at('2026-10-23T13:00:00Z'), 2 * HOUR)).toEqual(
      at('2026-10-26T08:00:00Z'),
    );
    // Thursday 22/10 09:00 UTC+3 + 24 h → Monday 26/10 17:00 UTC+2.
    expect(addBusinessMinutes(at('2026-10-22T06:00:00Z'), 24 * HOUR)).toEqual(
      at('2026-10-26T15:00:00Z'),
    );
  });

  it('follows a package’s own business hours', () => {
    const hours = { startMinute: 8 * 60, endMinute: 20 * 60 };
    // Monday 19:00 Athens + 2 h → Tuesday 09:00.
    expect(addBusinessMinutes(at('2026-03-02T17:00:00Z'), 2 * HOUR, hours)).toEqual(
      at('2026-03-03T07:00:00Z'),
    );
  });
});

describe('businessMinutesBetween', () => {
  it('counts a plain week as five eight-hour days', () => {
    expect(businessMinutesBetween(at('2026-03-02T07:00:00Z'), at('2026-03-09T07:00:00Z'))).toBe(
      5 * 8 * HOUR,
    );
  });

  it('counts nothing over a weekend or when the end is not after the start', () => {
    expect(businessMinutesBetween(at('2026-03-06T15:00:00Z'), at('2026-03-09T07:00:00Z'))).toBe(0);
    expect(businessMinutesBetween(at('2026-03-09T09:00:00Z'), at('2026-03-09T08:00:00Z'))).toBe(0);
  });

  it('leaves out holidays', () => {
    // Monday 23/3 to Monday 30/3/2026: Wednesday 25/3 is a holiday, so four days.
    expect(businessMinutesBetween(at('2026-03-23T07:00:00Z'), at('2026-03-30T06:00:00Z'))).toBe(
      4 * 8 * HOUR,
    );
  });

  it('counts partial days at both ends across both DST switches', () => {
    // Friday 27/3 16:00 UTC+2 → Monday 30/3 10:00 UTC+3: 1 h + 1 h.
    expect(businessMinutesBetween(at('2026-03-27T14:00:00Z'), at('2026-03-30T07:00:00Z'))).toBe(
      2 * HOUR,
    );
    // Friday 23/10 16:00 UTC+3 → Monday 26/10 10:00 UTC+2: 1 h + 1 h.
    expect(businessMinutesBetween(at('2026-10-23T13:00:00Z'), at('2026-10-26T08:00:00Z'))).toBe(
      2 * HOUR,
    );
  });

  it('is the inverse of addBusinessMinutes from an opening time', () => {
    const start = at('2026-12-21T07:00:00Z');
    for (const minutes of [1, 479, 480, 481, 40 * HOUR, 100 * HOUR]) {
      expect(businessMinutesBetween(start, addBusinessMinutes(start, minutes))).toBe(minutes);
    }
  });
});
