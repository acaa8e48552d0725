import { describe, expect, it } from 'vitest';
import { isValidVatNumber, normalizeVatNumber } from './vat-number.js';

describe('ΑΦΜ check digit', () => {
  it.each([
    // 0·256 + 9·128 + 4·64 + 0·32 + 1·16 + 4·8 + 2·4 + 0·2 = 1464; 1464 mod 11 = 1 → 1
    '094014201',
    // 1·256 + 2·128 + 3·64 + 4·32 + 5·16 + 6·8 + 7·4 + 8·2 = 1004; 1004 mod 11 = 3 → 3
    '123456783',
    // 8·256 + 0·128 + 0·64 + 1·32 + 2·16 + 3·8 + 4·4 + 5·2 = 2162; 2162 mod 11 = 6 → 6
    '800123456',
    // 9·256 + 9·128 + 8·64 + 1·32 + 2·16 + 3·8 + 4·4 + 5·2 = 4082; 4082 mod 11 = 1 → 1
    '998123451',
    // 8·256 + 0·128 + 1·64 + 1·32 + 2·16 + 2·8 + 3·4 + 3·2 = 2210; 2210 mod 11 = 10 → 10 mod 10 = 0
    '801122330',
  ])('accepts %s', (value) => {
    expect(isValidVatNumber(value)).toBe(true);
  });

  it.each([
    ['a wrong check digit', '094014202'],
    ['a remainder of 10 taken as 1 instead of 0', '801122331'],
    ['8 digits', '09401420'],
    ['10 digits', '0940142010'],
    ['a letter', '09401420A'],
    ['all letters', 'ABCDEFGHI'],
    ['all zeros (whose check digit would pass)', '000000000'],
    ['spaces (not normalised)', '094 014 201'],
    ['a prefix (not normalised)', 'EL094014201'],
    ['nothing', ''],
  ])('rejects %s', (_, value) => {
    expect(isValidVatNumber(value)).toBe(false);
  });
});

describe('normalising a typed ΑΦΜ', () => {
  it('drops spaces and an EL, GR or Greek ΕΛ prefix in any case', () => {
    expect(normalizeVatNumber(' 094 014 201 ')).toBe('094014201');
    expect(normalizeVatNumber('EL094014201')).toBe('094014201');
    expect(normalizeVatNumber('el 094014201')).toBe('094014201');
    expect(normalizeVatNumber('GR094014201')).toBe('094014201');
    expect(normalizeVatNumber('ΕΛ 094014201')).toBe('094014201');
    expect(normalizeVatNumber('ελ094014201')).toBe('094014201');
  });

  it('leaves other characters for validation to reject', () => {
    expect(normalizeVatNumber('094-014-201')).toBe('094-014-201');
    expect(normalizeVatNumber('DE094014201')).toBe('DE094014201');
    expect(isValidVatNumber(normalizeVatNumber('EL 094 014 201'))).toBe(true);
  });
});
