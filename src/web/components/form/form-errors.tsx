import type { FormErrors } from '@mantine/form';
import type { z } from 'zod';
import type { FieldError } from '../../../shared/problem';
import { validateForm } from '../../../shared/validation';
import { toFormErrors } from './server-field-errors';

// Forms import both from here; the login page imports server-field-errors alone (no zod).
export { serverFieldErrors, toFormErrors } from './server-field-errors';

/** Validates form values with the same zod schema the server uses (src/shared). */
export function validateWithSchema(schema: z.ZodType, values: unknown): FieldError[] {
  return validateForm(schema, values).errors ?? [];
}

/** A Mantine `validate` function from a zod schema, plus optional extra checks. */
export function schemaValidator<Values>(
  schema: z.ZodType,
  extra?: (values: Values) => FieldError[],
): (values: Values) => FormErrors {
  return (values) =>
    toFormErrors([...validateWithSchema(schema, values), ...(extra?.(values) ?? [])]);
}
