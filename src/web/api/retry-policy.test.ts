import { describe, expect, it } from 'vitest';
import type { Problem } from '../../shared/problem';
import { ApiError } from './client';
import { retryDelay, shouldRetryMutation, shouldRetryQuery } from './retry-policy';

function apiError(status: number, code: string, extra: Partial<Problem> = {}): ApiError {
  return new ApiError({ type: `urn:aitima:problem:${code}`, title: code, status, code, ...extra });
}

const busy = apiError(503, 'server_busy', { retryAfterSeconds: 1 });

describe('retrying a read', () => {
  it('asks a busy server again several times before showing the failure', () => {
    expect([0, 1, 2, 3].map((count) => shouldRetryQuery(count, busy))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(shouldRetryQuery(4, busy)).toBe(false);
  });

  it('asks again twice after other server-side failures, never after the client’s own', () => {
    expect(shouldRetryQuery(1, apiError(500, 'internal'))).toBe(true);
    expect(shouldRetryQuery(2, apiError(500, 'internal'))).toBe(false);
    expect(shouldRetryQuery(0, apiError(0, 'network'))).toBe(true);
    expect(shouldRetryQuery(0, apiError(404, 'not_found'))).toBe(false);
    expect(shouldRetryQuery(0, new Error('a bug'))).toBe(false);
  });
});

describe('retrying a change', () => {
  it('sends it again only when the server was busy (it never ran)', () => {
    expect(shouldRetryMutation(0, busy)).toBe(true);
    expect(shouldRetryMutation(4, busy)).toBe(false);
    expect(shouldRetryMutation(0, apiError(503, 'unavailable'))).toBe(false);
    expect(shouldRetryMutation(0, apiError(500, 'internal'))).toBe(false);
    expect(shouldRetryMutation(0, apiError(0, 'network'))).toBe(false);
  });
});

describe('the wait before asking again', () => {
  it('follows Retry-After for a busy server, spread by up to as much again', () => {
    expect(retryDelay(0, busy, () => 0)).toBe(1000);
    expect(retryDelay(0, busy, () => 0.5)).toBe(1500);
    expect(retryDelay(3, apiError(503, 'server_busy', { retryAfterSeconds: 2 }), () => 0)).toBe(
      2000,
    );
  });

  it('doubles for other failures, up to 30 seconds', () => {
    expect(retryDelay(0, apiError(500, 'internal'))).toBe(1000);
    expect(retryDelay(2, apiError(500, 'internal'))).toBe(4000);
    expect(retryDelay(10, apiError(500, 'internal'))).toBe(30_000);
  });
});
