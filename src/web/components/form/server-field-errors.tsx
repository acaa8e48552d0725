import type { FormErrors } from '@mantine/form';
import type { FieldError } from '../../../shared/problem';
import { isApiError } from '../../api/client';
import { FieldErrorMessage } from './field-error-message';

// No zod here (unlike form-errors' schemaValidator): the login page, on every first
// visit, needs only these, and zod is ~26 kB gzipped.

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
