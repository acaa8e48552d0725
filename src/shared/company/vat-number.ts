// Greek VAT numbers are written with the EU prefix EL (not GR), sometimes in Greek letters (ΕΛ).
const COUNTRY_PREFIX = /^(EL|GR|ΕΛ)/iu;
const NINE_DIGITS = /^\d{9}$/;

/** Cleans a typed ΑΦΜ: drops spaces and an optional EL/GR (or Greek ΕΛ) prefix: 'EL 094 014 201' → '094014201'. */
export function normalizeVatNumber(value: string): string {
  return value.replace(/\s+/gu, '').replace(COUNTRY_PREFIX, '');
}

/**
 * Checks a normalised ΑΦΜ: exactly 9 digits, not all zeros, and a valid check digit
 * ((Σ digit[i] × 2^(8−i) for i = 0..7) mod 11 mod 10 = digit[8]).
 */
export function isValidVatNumber(value: string): boolean {
  if (!NINE_DIGITS.test(value) || value === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += Number(value[i]) * 2 ** (8 - i);
  return (sum % 11) % 10 === Number(value[8]);
}
