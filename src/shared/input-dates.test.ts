import { describe, expect, it } from 'vitest';
import { instantInputSchema, localDateInputSchema, monthInputSchema } from './input-dates.js';
import { validateForm } from './validation.js';

const codeOf = (schema: Parameters<typeof validateForm>[0], value: unknown) =>
  validateForm(schema, value).errors?.[0];

describe('dates at the boundary', () => {
  it('refuse year 20 and year 3000 with a code that names the range', () => {
    for (const value of ['0020-05-01T10:00:00Z', '3000-01-01T00:00:00+02:00']) {
      expect(codeOf(instantInputSchema, value)).toEqual({
        field: 'body',
        code: 'date_out_of_range',
        params: { min: '2000-01-01', max: '2100-12-31' },
      });
    }
    expect(codeOf(localDateInputSchema, '1999-12-31')?.code).toBe('date_out_of_range');
    expect(codeOf(monthInputSchema, '2101-01')?.code).toBe('date_out_of_range');
  });

  it('accept the range itself, and refuse days that do not exist', () => {
    expect(codeOf(instantInputSchema, '2000-01-01T00:00:00Z')).toBeUndefined();
    expect(codeOf(instantInputSchema, '2100-12-31T23:59:59-05:00')).toBeUndefined();
    expect(codeOf(localDateInputSchema, '2100-12-31')).toBeUndefined();
    expect(codeOf(localDateInputSchema, '2025-02-30')?.code).toBe('invalid_format');
    expect(validateForm(monthInputSchema, '2025-13').errors).toEqual([
      { field: 'body', code: 'invalid_format' },
    ]);
    expect(validateForm(instantInputSchema, '2026-13-45 25:00').errors).toEqual([
      { field: 'body', code: 'invalid_format' },
    ]);
  });
});
