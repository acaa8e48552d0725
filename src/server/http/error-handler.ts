import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ErrorCode, Problem } from '../../shared/problem.js';
import { fieldErrorFromIssue, type IssueLike } from '../../shared/validation.js';
import { AppError } from './errors.js';

const titles: Partial<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Sends an RFC 9457 problem; every error response of the API goes through here. */
export function sendProblem(
  reply: FastifyReply,
  status: number,
  code: ErrorCode,
  detail: string,
  extra: Pick<Problem, 'errors' | 'retryAfterSeconds'> = {},
): FastifyReply {
  const problem: Problem = {
    type: `urn:aitima:problem:${code}`,
    title: titles[status] ?? 'Error',
    status,
    detail,
    code,
    ...extra,
  };
  if (extra.retryAfterSeconds !== undefined) {
    reply.header('retry-after', String(extra.retryAfterSeconds));
  }
  return reply.status(status).type('application/problem+json; charset=utf-8').send(problem);
}

// Fastify's own errors that are the client's fault, by their code.
const fastifyClientErrors: Record<string, { status: number; code: ErrorCode }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'malformed_json' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'malformed_json' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'payload_too_large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupported_media_type' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'bad_request' },
  FST_REQ_FILE_TOO_LARGE: { status: 413, code: 'payload_too_large' },
  FST_PARTS_LIMIT: { status: 413, code: 'payload_too_large' },
  FST_FILES_LIMIT: { status: 413, code: 'payload_too_large' },
  FST_FIELDS_LIMIT: { status: 413, code: 'payload_too_large' },
  FST_INVALID_MULTIPART_CONTENT_TYPE: { status: 415, code: 'unsupported_media_type' },
};

/** Installs the handler that turns every error into problem+json, never a stack trace. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof AppError) {
      return sendProblem(reply, error.status, error.code, error.message, {
        ...(error.fieldErrors ? { errors: error.fieldErrors } : {}),
        ...(error.retryAfterSeconds !== undefined
          ? { retryAfterSeconds: error.retryAfterSeconds }
          : {}),
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = error.validation.map((item) =>
        fieldErrorFromIssue({
          ...(item.params as Omit<IssueLike, 'code' | 'path' | 'message'>),
          code: item.keyword,
          path: item.instancePath.split('/').filter(Boolean),
          message: item.message ?? '',
        }),
      );
      return sendProblem(reply, 400, 'validation_failed', 'Some fields are not valid', { errors });
    }
    const known = error.code ? fastifyClientErrors[error.code] : undefined;
    if (known) return sendProblem(reply, known.status, known.code, error.message);
    if (error.statusCode === 429) {
      const retryAfterSeconds = Number(reply.getHeader('retry-after')) || 60;
      return sendProblem(reply, 429, 'too_many_requests', 'Too many requests', {
        retryAfterSeconds,
      });
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendProblem(reply, error.statusCode, 'bad_request', error.message);
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, 500, 'internal', 'Something went wrong on our side');
  });
}
