import { z } from 'zod';
import { FIELD_ERROR_CODES, type FieldError, type FieldErrorCode } from './problem.js';

/** The parts of a zod issue we translate; both zod's own issues and the server's carry them. */
export interface IssueLike {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  origin?: string;
  format?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  input?: unknown;
  expected?: string;
  /** A custom issue's own parameters (e.g. the range of `date_out_of_range`). */
  params?: Record<string, unknown>;
}

const knownCodes = new Set<string>(FIELD_ERROR_CODES);

/**
 * Turns a zod issue into a translatable field error. A schema can name the code
 * itself through its message (`z.string().min(1, 'required')`); otherwise it is
 * derived from the kind of issue.
 */
export function fieldErrorFromIssue(issue: IssueLike): FieldError {
  const field = issue.path.map(String).join('.') || 'body';
  const derived = codeForIssue(issue);
  if (!knownCodes.has(issue.message)) return { field, ...derived };
  // The schema named the code; the limits (for "at most 200 characters") still come from the issue.
  const params = derived.params ?? customParams(issue);
  return { field, code: issue.message, ...(params ? { params } : {}) };
}

/** The string and number parameters a custom issue carries, if any. */
function customParams(issue: IssueLike): FieldError['params'] | undefined {
  if (issue.code !== 'custom' || !issue.params) return undefined;
  const entries = Object.entries(issue.params).filter(
    (entry): entry is [string, string | number] =>
      typeof entry[1] === 'string' || typeof entry[1] === 'number',
  );
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

function codeForIssue(issue: IssueLike): { code: FieldErrorCode; params?: FieldError['params'] } {
  switch (issue.code) {
    case 'invalid_type':
      return {
        code: issue.input === undefined || issue.input === null ? 'required' : 'invalid_value',
      };
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return { code: 'required' };
      return {
        code: issue.origin === 'string' ? 'too_short' : 'too_small',
        params: { min: Number(issue.minimum) },
      };
    case 'too_big':
      return {
        code: issue.origin === 'string' ? 'too_long' : 'too_big',
        params: { max: Number(issue.maximum) },
      };
    case 'invalid_format':
      if (issue.format === 'email') return { code: 'invalid_email' };
      if (issue.format === 'url') return { code: 'invalid_url' };
      return { code: 'invalid_format' };
    default:
      return { code: 'invalid_value' };
  }
}

/** Runs a schema and returns its field errors keyed by field (for forms). */
export function validateForm<T>(
  schema: z.ZodType<T>,
  values: unknown,
): { data: T; errors?: undefined } | { data?: undefined; errors: FieldError[] } {
  const result = schema.safeParse(values);
  if (result.success) return { data: result.data };
  return { errors: result.error.issues.map((issue) => fieldErrorFromIssue(issue as IssueLike)) };
}

/** An email address as people type it: trimmed, then checked; compared lower-cased. */
export const emailSchema = z
  .string('required')
  .trim()
  .min(1, 'required')
  .max(254, 'too_long')
  .pipe(z.email('invalid_email'));
