import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { emailSchema, validateForm } from './validation.js';

describe('field errors from zod', () => {
  const schema = z.object({
    email: emailSchema,
    name: z.string().min(1).max(5),
    age: z.number().min(18),
    website: z.url(),
  });

  it('turns each kind of issue into a translatable code with its limits', () => {
    const result = validateForm(schema, { email: ' ', name: 'too long', age: 3, website: 'nope' });
    expect(result.errors).toEqual([
      { field: 'email', code: 'required' },
      { field: 'name', code: 'too_long', params: { max: 5 } },
      { field: 'age', code: 'too_small', params: { min: 18 } },
      { field: 'website', code: 'invalid_url' },
    ]);
  });

  it('reports missing fields as required', () => {
    expect(validateForm(schema, {}).errors?.map((e) => e.code)).toEqual([
      'required',
      'required',
      'required',
      'required',
    ]);
  });

  it('trims emails and accepts valid input', () => {
    const result = validateForm(emailSchema, '  maria@example.gr ');
    expect(result.data).toBe('maria@example.gr');
    expect(validateForm(emailSchema, 'maria@').errors).toEqual([
      { field: 'body', code: 'invalid_email' },
    ]);
  });
});
