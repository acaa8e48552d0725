import { type ApiError, isApiError } from './client';

/** The code of a 503 the server answers at once when its line is full; the request never ran. */
export const SERVER_BUSY_CODE = 'server_busy';

/** Tries after the first when the server was busy: a crowd passes in a few seconds. */
const BUSY_RETRIES = 4;
/** Tries after the first for other server-side failures (network, 5xx). */
const SERVER_SIDE_RETRIES = 2;

function isServerBusy(error: unknown): error is ApiError {
  return isApiError(error) && error.code === SERVER_BUSY_CODE;
}

/** Whether a failed read is asked again: server-side failures a few times, a busy server more. */
export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  if (isServerBusy(error)) return failureCount < BUSY_RETRIES;
  return isApiError(error) && error.isServerSide && failureCount < SERVER_SIDE_RETRIES;
}

/**
 * Whether a failed change is sent again: only when the server was busy, since it turned
 * the request away before running it (so it cannot happen twice). Any other failure may
 * have come after the change was made.
 */
export function shouldRetryMutation(failureCount: number, error: unknown): boolean {
  return isServerBusy(error) && failureCount < BUSY_RETRIES;
}

/**
 * How long to wait before asking again. A busy server says when (`Retry-After`); a random
 * share on top spreads the clients it turned away, so they do not all return at once.
 * Otherwise TanStack Query's own doubling: 1 s, 2 s, 4 s… up to 30 s.
 */
export function retryDelay(failureCount: number, error: unknown, random = Math.random): number {
  if (isServerBusy(error)) {
    const seconds = error.problem.retryAfterSeconds ?? 1;
    return Math.round(seconds * 1000 * (1 + random()));
  }
  return Math.min(1000 * 2 ** failureCount, 30_000);
}
