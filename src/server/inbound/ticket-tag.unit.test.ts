import { describe, expect, it } from 'vitest';
import { findTicketNumberInSubject, stripReplyPrefixes } from './ticket-tag.js';

describe('findTicketNumberInSubject', () => {
  it('finds our tag wherever it sits in the subject', () => {
    expect(findTicketNumberInSubject('Re: [#1016] Ο εκτυπωτής δεν τυπώνει')).toBe(1016);
    expect(findTicketNumberInSubject('Ο εκτυπωτής δεν τυπώνει [#1016]')).toBe(1016);
    expect(findTicketNumberInSubject('ΑΠ: Νέα απάντηση [#7]')).toBe(7);
  });

  it('accepts spaces inside the brackets', () => {
    expect(findTicketNumberInSubject('Re: [# 1016] test')).toBe(1016);
    expect(findTicketNumberInSubject('Re: [ #1016 ] test')).toBe(1016);
  });

  it('takes the last tag when there are several', () => {
    expect(findTicketNumberInSubject('Fwd: [#12] Re: [#1016] test')).toBe(1016);
  });

  it('ignores a bare number, other brackets and zero', () => {
    expect(findTicketNumberInSubject('Σχετικά με το #1016')).toBeNull();
    expect(findTicketNumberInSubject('Τιμολόγιο [1016]')).toBeNull();
    expect(findTicketNumberInSubject('[#abc] [#] [#0]')).toBeNull();
    expect(findTicketNumberInSubject('')).toBeNull();
  });

  it('does not take a number too long for a ticket', () => {
    expect(findTicketNumberInSubject('[#12345678901]')).toBeNull();
  });
});

describe('stripReplyPrefixes', () => {
  it.each([
    ['Re: Εκτυπωτής', 'Εκτυπωτής'],
    ['RE: RE: Fwd: Εκτυπωτής', 'Εκτυπωτής'],
    ['FW: Printer', 'Printer'],
    ['Fwd:Printer', 'Printer'],
    ['Απ: Εκτυπωτής', 'Εκτυπωτής'],
    ['ΑΠ: ΑΠ: Εκτυπωτής', 'Εκτυπωτής'],
    ['Σχετ: Εκτυπωτής', 'Εκτυπωτής'],
    ['ΠΡΘ: Εκτυπωτής', 'Εκτυπωτής'],
    ['Re[2]: Εκτυπωτής', 'Εκτυπωτής'],
    ['  Re :  Απ:   Printer   broken ', 'Printer broken'],
  ])('%s → %s', (subject, expected) => {
    expect(stripReplyPrefixes(subject)).toBe(expected);
  });

  it('keeps words that only begin like a prefix, and prefixes in the middle', () => {
    expect(stripReplyPrefixes('Απόδειξη: λάθος ποσό')).toBe('Απόδειξη: λάθος ποσό');
    expect(stripReplyPrefixes('Recovery: backup failed')).toBe('Recovery: backup failed');
    expect(stripReplyPrefixes('Printer Re: toner')).toBe('Printer Re: toner');
  });

  it('keeps our tag and returns an empty string for a subject of prefixes only', () => {
    expect(stripReplyPrefixes('Re: [#1016] Εκτυπωτής')).toBe('[#1016] Εκτυπωτής');
    expect(stripReplyPrefixes('Re: Fwd:')).toBe('');
  });
});
