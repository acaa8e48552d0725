import { describe, expect, it } from 'vitest';
import { validateForm } from '../validation.js';
import { companyDetailsSchema } from './company-details.schema.js';

const minimal = { legalName: 'Παράδειγμα Α.Ε.', vatNumber: '094014201' };
// Field and code are what this schema decides; limits (params) come from validation.ts.
const codesOf = (values: unknown) =>
  validateForm(companyDetailsSchema, values).errors?.map(({ field, code }) => ({ field, code }));
const errorsFor = (values: Record<string, unknown>) => codesOf({ ...minimal, ...values });
const parse = (values: Record<string, unknown>) =>
  companyDetailsSchema.parse({ ...minimal, ...values });

describe('company details', () => {
  it('accepts a full form and normalises what was typed', () => {
    expect(
      companyDetailsSchema.parse({
        legalName: '  Παράδειγμα Λογισμικό Α.Ε.  ',
        tradeName: '',
        vatNumber: 'EL 094 014 201',
        taxOffice: 'Φ.Α.Ε. ΑΘΗΝΩΝ',
        activity: 'Ανάπτυξη λογισμικού',
        address: 'Πανεπιστημίου 10',
        city: 'Αθήνα',
        postalCode: '104 31',
        phone: '+30 210 123 4567',
        email: ' info@example.gr ',
        website: 'example.gr',
      }),
    ).toEqual({
      legalName: 'Παράδειγμα Λογισμικό Α.Ε.',
      tradeName: null,
      vatNumber: '094014201',
      taxOffice: 'ΦΑΕ Αθηνών',
      activity: 'Ανάπτυξη λογισμικού',
      address: 'Πανεπιστημίου 10',
      city: 'Αθήνα',
      postalCode: '10431',
      phone: '+30 210 123 4567',
      email: 'info@example.gr',
      website: 'https://example.gr',
    });
  });

  it('turns empty, blank, null and missing optional fields into null', () => {
    const empty = parse({
      tradeName: '   ',
      taxOffice: '',
      activity: null,
      postalCode: ' ',
      phone: '',
      email: '',
      website: '',
    });
    expect(empty).toEqual({
      ...minimal,
      tradeName: null,
      taxOffice: null,
      activity: null,
      address: null,
      city: null,
      postalCode: null,
      phone: null,
      email: null,
      website: null,
    });
  });

  it('requires the legal name and the ΑΦΜ', () => {
    expect(codesOf({})).toEqual([
      { field: 'legalName', code: 'required' },
      { field: 'vatNumber', code: 'required' },
    ]);
    expect(errorsFor({ legalName: '   ', vatNumber: ' ' })).toEqual([
      { field: 'legalName', code: 'required' },
      { field: 'vatNumber', code: 'required' },
    ]);
  });

  it.each([
    ['a wrong check digit', '094014202'],
    ['8 digits', '09401420'],
    ['10 digits', '0940142010'],
    ['letters', '09401420A'],
    ['all zeros', '000000000'],
    ['a foreign prefix', 'DE094014201'],
  ])('rejects an ΑΦΜ with %s as invalid_vat', (_, vatNumber) => {
    expect(errorsFor({ vatNumber })).toEqual([{ field: 'vatNumber', code: 'invalid_vat' }]);
  });

  it('limits lengths', () => {
    expect(parse({ legalName: 'Α'.repeat(200), city: 'Β'.repeat(100) }).city).toHaveLength(100);
    expect(
      errorsFor({
        legalName: 'Α'.repeat(201),
        tradeName: 'Α'.repeat(201),
        activity: 'Α'.repeat(201),
        address: 'Α'.repeat(201),
        city: 'Β'.repeat(101),
      }),
    ).toEqual([
      { field: 'legalName', code: 'too_long' },
      { field: 'tradeName', code: 'too_long' },
      { field: 'activity', code: 'too_long' },
      { field: 'address', code: 'too_long' },
      { field: 'city', code: 'too_long' },
    ]);
  });

  it('accepts only tax offices from the list, stored in its spelling', () => {
    expect(parse({ taxOffice: 'α΄ αθηνων' }).taxOffice).toBe('Α΄ Αθηνών');
    expect(errorsFor({ taxOffice: 'Β΄ Αθηνών' })).toEqual([
      { field: 'taxOffice', code: 'invalid_value' },
    ]);
  });

  it('checks postal codes: 5 digits, spaces allowed', () => {
    expect(parse({ postalCode: '10431' }).postalCode).toBe('10431');
    expect(parse({ postalCode: ' 546 22 ' }).postalCode).toBe('54622');
    for (const postalCode of ['1043', '104311', 'ΤΚ104', '104-31']) {
      expect(errorsFor({ postalCode })).toEqual([{ field: 'postalCode', code: 'invalid_format' }]);
    }
  });

  it('checks phones: digits, spaces, + - ( ), 10 to 20 characters', () => {
    expect(parse({ phone: '2101234567' }).phone).toBe('2101234567');
    expect(parse({ phone: '(210) 123-4567' }).phone).toBe('(210) 123-4567');
    expect(parse({ phone: '+30 210 1234567 8901' }).phone).toBe('+30 210 1234567 8901'); // 20
    for (const phone of ['210123456', '+30 210 1234567 89012', 'τηλ 2101234567', '210.123.4567']) {
      expect(errorsFor({ phone })).toEqual([{ field: 'phone', code: 'invalid_format' }]);
    }
  });

  it('checks emails', () => {
    expect(parse({ email: 'Info@Example.gr' }).email).toBe('Info@Example.gr');
    for (const email of ['info@', 'info@example', 'info example.gr', '@example.gr']) {
      expect(errorsFor({ email })).toEqual([{ field: 'email', code: 'invalid_email' }]);
    }
    // Too long and not an email either: only the length is reported.
    expect(errorsFor({ email: 'a'.repeat(255) })).toEqual([{ field: 'email', code: 'too_long' }]);
  });

  it('accepts http(s) websites and adds https:// to a bare domain', () => {
    expect(parse({ website: 'example.gr' }).website).toBe('https://example.gr');
    expect(parse({ website: 'www.example.gr/el/' }).website).toBe('https://www.example.gr/el/');
    expect(parse({ website: 'http://example.gr/path?x=1' }).website).toBe(
      'http://example.gr/path?x=1',
    );
    expect(parse({ website: 'HTTPS://Example.gr' }).website).toBe('HTTPS://Example.gr');
    expect(parse({ website: 'παράδειγμα.gr' }).website).toBe('https://παράδειγμα.gr');
  });

  it.each([
    'ftp://example.gr',
    'example',
    'mailto:info@example.gr',
    'https://user:secret@example.gr',
    'https://www.bank.gr@example.gr',
    'javascript:alert(1)',
    'exa mple.gr',
    'https://',
  ])('rejects %s as a website', (website) => {
    expect(errorsFor({ website })).toEqual([{ field: 'website', code: 'invalid_url' }]);
  });

  it('reports a value of the wrong type', () => {
    expect(errorsFor({ city: 42 })).toEqual([{ field: 'city', code: 'invalid_value' }]);
  });

  it('leaves fields out when used partially (PATCH), still normalising those sent', () => {
    expect(companyDetailsSchema.partial().parse({ city: '', postalCode: '104 31' })).toEqual({
      city: null,
      postalCode: '10431',
    });
  });
});
