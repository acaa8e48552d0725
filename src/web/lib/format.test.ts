import { describe, expect, it } from 'vitest';
import { formatDateTime, formatFileSize, formatRelativeTime, formatTime } from './format';

const DAY = 24 * 3600;
const before = (now: Date, seconds: number) => new Date(now.getTime() - seconds * 1000);

describe('format', () => {
  it('shows times in Athens, whatever the machine says (summer and winter)', () => {
    expect(formatTime('2025-07-01T09:30:00Z', 'en')).toBe('12:30');
    expect(formatTime('2025-12-01T09:30:00Z', 'el')).toBe('11:30');
  });

  it('formats dates the Greek and the British way', () => {
    expect(formatDateTime('2025-12-01T09:30:00Z', 'el')).toBe('01/12/2025, 11:30');
    expect(formatDateTime('2025-12-01T09:30:00Z', 'en')).toBe('01/12/2025, 11:30');
  });

  it('says how long ago something happened, in words', () => {
    const now = new Date('2025-12-01T12:00:00Z');
    const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);
    expect(formatRelativeTime(ago(10), 'el', now)).toBe('τώρα');
    expect(formatRelativeTime(ago(120), 'el', now)).toBe('πριν από 2 λεπτά');
    expect(formatRelativeTime(ago(3 * 3600), 'en', now)).toBe('3 hours ago');
    expect(formatRelativeTime(ago(30 * 3600), 'el', now)).toBe('πριν από 1 ημέρα');
    expect(formatRelativeTime(ago(6.6 * DAY), 'el', now)).toBe('πριν από 1 εβδομάδα');
    expect(formatRelativeTime(ago(14 * DAY), 'el', now)).toBe('πριν από 2 εβδομάδες');
    expect(formatRelativeTime(ago(35 * DAY), 'el', now)).toBe('πριν από 1 μήνα');
    expect(formatRelativeTime(ago(400 * DAY), 'en', now)).toBe('1 year ago');
  });

  it('never words an older moment as more recent than a newer one', () => {
    const now = new Date('2025-12-01T12:00:00Z');
    const unitSeconds: Record<string, number> = {
      second: 1,
      minute: 60,
      hour: 3600,
      day: DAY,
      week: 7 * DAY,
      month: 30.44 * DAY,
      year: 365.25 * DAY,
    };
    // "3 weeks ago" → roughly 3 weeks in seconds; "now" → 0.
    const approximate = (text: string) => {
      if (text === 'now') return 0;
      const match = /^(\d+) (second|minute|hour|day|week|month|year)s? ago$/.exec(text);
      if (!match) throw new Error(`Unexpected wording: ${text}`);
      return Number(match[1]) * unitSeconds[match[2]!]!;
    };
    let previous = 0;
    for (let seconds = 0; seconds < 800 * DAY; seconds += seconds < DAY ? 600 : 3 * 3600) {
      const shown = approximate(formatRelativeTime(before(now, seconds), 'en', now));
      expect(shown, `${seconds} seconds ago`).toBeGreaterThanOrEqual(previous);
      previous = shown;
    }
  });

  it('gives file sizes in steps of 1024, so a 20 MB limit reads 20 MB', () => {
    expect(formatFileSize(820, 'el')).toBe('820 B');
    expect(formatFileSize(20 * 1024 * 1024, 'el')).toBe('20 MB');
    expect(formatFileSize(2.5 * 1024 * 1024, 'el')).toBe('2,5 MB');
  });
});
