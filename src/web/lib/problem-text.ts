import type { TFunction } from 'i18next';
import type { FieldError, Problem } from '../../shared/problem';
import { NETWORK_ERROR_CODE } from '../api/client';

/** The translated sentence for a problem, with the wait time when the server gave one. */
export function problemMessage(t: TFunction, problem: Problem): string {
  const key = problem.code === NETWORK_ERROR_CODE ? 'problem.network' : `errors.${problem.code}`;
  const message = t([key, problem.status >= 500 ? 'errors.internal' : 'problem.unknown']);
  // A wait of seconds (a busy server) is said by the message itself, not as «1 minute».
  if (problem.retryAfterSeconds === undefined || problem.retryAfterSeconds < 60) return message;
  const minutes = Math.max(1, Math.ceil(problem.retryAfterSeconds / 60));
  return `${message} ${t('problem.retryIn', { count: minutes })}`;
}

const LIMIT_PARAM: Record<string, string> = {
  too_short: 'min',
  too_small: 'min',
  too_long: 'max',
  too_big: 'max',
};

/**
 * The translated message for one field error. Field codes live under
 * `validation.*`; a field may also carry an API code (`invalid_setup_code`).
 */
export function fieldErrorMessage(
  t: TFunction,
  error: Pick<FieldError, 'code' | 'params'>,
): string {
  const limit = LIMIT_PARAM[error.code];
  if (limit && error.params?.[limit] === undefined) {
    // The server names the rule but not the number: say it without the number.
    return t(`validationWithoutLimit.${error.code}`);
  }
  return t([`validation.${error.code}`, `errors.${error.code}`, 'validation.invalid_value'], {
    ...error.params,
  });
}
