import { describe, expect, it } from 'vitest';
import { greekPublicHolidays, isGreekPublicHoliday } from './greek-holidays.js';
import { orthodoxEaster } from './orthodox-easter.js';

describe('orthodoxEaster', () => {
  it.each([
    [2021, '2021-05-02'],
    [2023, '2023-04-16'],
    [2024, '2024-05-05'],
    [2025, '2025-04-20'],
    [2026, '2026-04-12'],
    [2027, '2027-05-02'],
    [2028, '2028-04-16'],
    [2000, '2000-04-30'],
  ])('falls in %i on %s', (year, date) => {
    expect(orthodoxEaster(year)).toBe(date);
  });

  it('refuses years where the 13-day lag does not hold', () => {
    expect(() => orthodoxEaster(1899)).toThrow(RangeError);
    expect(() => orthodoxEaster(2100)).toThrow(RangeError);
  });
});

describe('greekPublicHolidays', () => {
  it('holds the fixed and the Easter-bound holidays of 2026', () => {
    expect([...greekPublicHolidays(2026)].sort()).toEqual([
      '2026-01-01',
      '2026-01-06',
      '2026-02-23', // Καθαρά Δευτέρα
      '2026-03-25',
      '2026-04-10', // Μεγάλη Παρασκευή
      '2026-04-13', // Δευτέρα του Πάσχα
      '2026-05-01',
      '2026-06-01', // Αγίου Πνεύματος
      '2026-08-15',
      '2026-10-28',
      '2026-12-25',
      '2026-12-26',
    ]);
  });

  it('moves the Easter-bound holidays with Easter (2024: a May Easter)', () => {
    expect(isGreekPublicHoliday('2024-03-18')).toBe(true); // Καθαρά Δευτέρα
    expect(isGreekPublicHoliday('2024-05-03')).toBe(true); // Μεγάλη Παρασκευή
    expect(isGreekPublicHoliday('2024-05-06')).toBe(true); // Δευτέρα του Πάσχα
    expect(isGreekPublicHoliday('2024-06-24')).toBe(true); // Αγίου Πνεύματος
    expect(isGreekPublicHoliday('2024-04-05')).toBe(false); // the western Good Friday is not one
    expect(isGreekPublicHoliday('2025-03-03')).toBe(true);
    expect(isGreekPublicHoliday('2025-06-09')).toBe(true);
  });
});
