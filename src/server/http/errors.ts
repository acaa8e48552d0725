import type { ErrorCode, FieldError, FieldErrorCode } from '../../shared/problem.js';

/** The one error type the server throws on purpose; the error handler turns it into problem+json. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: FieldError[],
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** 400 with one or more named fields, e.g. `invalid('email', 'invalid_email')`. */
export function invalid(
  field: string,
  code: FieldErrorCode,
  params?: FieldError['params'],
): AppError {
  return new AppError(400, 'validation_failed', `Invalid ${field}`, [
    { field, code, ...(params ? { params } : {}) },
  ]);
}

export const unauthenticated = () => new AppError(401, 'unauthenticated', 'Log in first');
export const invalidCredentials = () =>
  new AppError(401, 'invalid_credentials', 'Wrong email or password');
/** 403: the actor may know the thing exists but may not do this to it. */
export const forbidden = () => new AppError(403, 'forbidden', 'Not allowed');
/** 404: the thing does not exist, or the actor may not know that it does. */
export const notFound = () => new AppError(404, 'not_found', 'Not found');
export const conflict = (code: ErrorCode, message: string) => new AppError(409, code, message);
export const tooManyRequests = (code: ErrorCode, retryAfterSeconds: number) =>
  new AppError(429, code, 'Too many requests; try again later', undefined, retryAfterSeconds);
/** 422: the request is understood but cannot be done as asked (e.g. a reused idempotency key). */
export const unprocessable = (code: ErrorCode, message: string) => new AppError(422, code, message);
