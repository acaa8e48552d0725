import { z } from 'zod';
import { findTaxOffice } from './tax-offices.js';
import { isValidVatNumber, normalizeVatNumber } from './vat-number.js';

/** Longest accepted value per text field, also for the form inputs' maxLength. */
export const COMPANY_FIELD_MAX = {
  legalName: 200,
  tradeName: 200,
  activity: 200,
  address: 200,
  city: 100,
  email: 254,
  website: 500,
} as const;

const POSTAL_CODE_PATTERN = /^\d{5}$/;
const PHONE_PATTERN = /^[\d +\-()]{10,20}$/;
const URL_SCHEME_PATTERN = /^[a-z][a-z\d+.-]*:\/\//i;
// After URL parsing (which turns Greek domains into xn--…): dot-separated labels, a real TLD.
const HOSTNAME_PATTERN = /^(?:[a-z\d](?:[a-z\d-]*[a-z\d])?\.)+[a-z\d-]{2,}$/i;

interface OptionalTextRules {
  max?: number;
  isValid?: (value: string) => boolean;
  code?: 'invalid_format' | 'invalid_value' | 'invalid_email' | 'invalid_url';
}

/**
 * An optional text field: trimmed, checked only when something was typed, and
 * stored as null when left empty (forms send '', API clients may omit it).
 */
function optionalText({ max, isValid, code = 'invalid_format' }: OptionalTextRules) {
  let text = z.string('invalid_value').trim();
  // Abort so an overlong value reports only 'too_long', not a format error as well.
  if (max !== undefined) text = text.max(max, { error: 'too_long', abort: true });
  if (isValid) text = text.refine((value) => value === '' || isValid(value), code);
  return text.nullish().transform((value) => value || null);
}

/** A website as people type it, with https:// added when no scheme was given ('example.gr'). */
function withScheme(value: string): string {
  return URL_SCHEME_PATTERN.test(value) ? value : `https://${value}`;
}

function isWebsite(value: string): boolean {
  try {
    const url = new URL(withScheme(value));
    return (
      (url.protocol === 'https:' || url.protocol === 'http:') &&
      // 'user:pass@host' hides the real host from a reader; no company site needs it.
      url.username === '' &&
      url.password === '' &&
      HOSTNAME_PATTERN.test(url.hostname)
    );
  } catch {
    return false;
  }
}

/** Editing a company's details (Επιχείρηση); messages are the field error codes the web app translates. */
export const companyDetailsSchema = z.object({
  legalName: z
    .string('required')
    .trim()
    .min(1, 'required')
    .max(COMPANY_FIELD_MAX.legalName, 'too_long'),
  tradeName: optionalText({ max: COMPANY_FIELD_MAX.tradeName }),
  vatNumber: z
    .string('required')
    .overwrite(normalizeVatNumber)
    .min(1, { error: 'required', abort: true })
    .refine(isValidVatNumber, 'invalid_vat'),
  taxOffice: optionalText({
    isValid: (value) => findTaxOffice(value) !== null,
    code: 'invalid_value',
  }).transform(
    // Stored in the list's own spelling, whatever case or accents were typed.
    (value) => (value === null ? null : findTaxOffice(value)),
  ),
  activity: optionalText({ max: COMPANY_FIELD_MAX.activity }),
  address: optionalText({ max: COMPANY_FIELD_MAX.address }),
  city: optionalText({ max: COMPANY_FIELD_MAX.city }),
  postalCode: z
    .string('invalid_value')
    // Greek postal codes are often written '104 31'.
    .overwrite((value) => value.replace(/\s+/g, ''))
    .refine((value) => value === '' || POSTAL_CODE_PATTERN.test(value), 'invalid_format')
    .nullish()
    .transform((value) => value || null),
  // 10–20 characters is part of the pattern, so a long number reads 'invalid_format', not 'too_long'.
  phone: optionalText({ isValid: (value) => PHONE_PATTERN.test(value) }),
  email: optionalText({
    max: COMPANY_FIELD_MAX.email,
    isValid: (value) => z.regexes.email.test(value),
    code: 'invalid_email',
  }),
  website: optionalText({
    max: COMPANY_FIELD_MAX.website,
    isValid: isWebsite,
    code: 'invalid_url',
  }).transform((value) => (value === null ? null : withScheme(value))),
});

/** What a form or API client sends. */
export type CompanyDetailsInput = z.input<typeof companyDetailsSchema>;
/** What the server stores: trimmed, normalised, empty optional fields as null. */
export type CompanyDetails = z.output<typeof companyDetailsSchema>;
