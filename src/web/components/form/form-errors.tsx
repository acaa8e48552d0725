import type { FormErrors } from '@mantine/form';
import type { z } from 'zod';
import type { FieldError } from '../../../shared/problem';
import { validateForm } from '../../../shared/validation';
import { isApiError } from '../../api/client';
import { FieldErrorMessage } from './field-error-message';

/** Validates form values with the same zod schema the server uses (src/shared). */
export function validateWithSchema(schema: z.ZodType, values: unknown): FieldError[] {
  return validateForm(schema, values).errors ?? [];
}

/** Turns field errors into Mantine form errors (the first error of each field wins). */
export function toFormErrors(errors: FieldError[]): FormErrors {
  const formErrors: FormErrors = {};
  for (const error of errors) {
    if (formErrors[error.field] === undefined) {
      formErrors[error.field] = <FieldErrorMessage error={error} />;
    }
  }
  return formErrors;
}

/** A Mantine `validate` function from a zod schema, plus optional extra checks. */
export function schemaValidator<Values>(
  schema: z.ZodType,
  extra?: (values: Values) => FieldError[],
): (values: Values) => FormErrors {
  return (values) =>
    toFormErrors([...validateWithSchema(schema, values), ...(extra?.(values) ?? [])]);
}

/**
 * The server's field errors for the fields this form has, ready for `form.setErrors`.
 * `codeFields` puts whole-request codes on a field (e.g. `email_taken` on `email`).
 */
export function serverFieldErrors(
  error: unknown,
  fields: readonly string[],
  codeFields: Record<string, string> = {},
): FormErrors {
  if (!isApiError(error)) return {};
  const fieldErrors = (error.problem.errors ?? []).filter((item) => fields.includes(item.field));
  const codeField = codeFields[error.code];
  if (codeField && fields.includes(codeField)) {
    fieldErrors.push({ field: codeField, code: error.code });
  }
  return toFormErrors(fieldErrors);
}
