import { describe, expect, it } from 'vitest';
import { formatDateTime, formatHours, formatTime } from './format';

describe('format', () => {
  it('shows times in Athens, whatever the machine says (summer and winter)', () => {
    expect(formatTime('2025-07-01T09:30:00Z', 'en')).toBe('12:30');
    expect(formatTime('2025-12-01T09:30:00Z', 'el')).toBe('11:30');
  });

  it('formats dates the Greek and the British way', () => {
    expect(formatDateTime('2025-12-01T09:30:00Z', 'el')).toBe('01/12/2025, 11:30');
    expect(formatDateTime('2025-12-01T09:30:00Z', 'en')).toBe('01/12/2025, 11:30');
  });

  it('turns minutes into hours with a decimal comma in Greek', () => {
    expect(formatHours(750, 'el')).toBe('12,5 ώρες');
    expect(formatHours(-90, 'el')).toBe('-1,5 ώρες');
    expect(formatHours(60, 'en')).toBe('1 hour');
  });
});
