import type { Problem } from '../../shared/problem';
import type {
  ApiCallArguments,
  ApiOperation,
  ApiPath,
  ApiResponse,
  HttpMethod,
} from './api-contract';
import { withQuery } from './query-string';

/** The code the web app gives a request that never reached the server (offline, DNS, reset). */
export const NETWORK_ERROR_CODE = 'network';

/** An API call that failed: carries the server's problem+json (or one made up for network failures). */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string {
    return this.problem.code;
  }

  /** True when the request never got an answer, or the server failed on its side. */
  get isServerSide(): boolean {
    return this.status === 0 || this.status >= 500;
  }
}

/** Narrows an unknown error (from a query or a mutation) to an ApiError. */
export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

function makeProblem(status: number, code: string, detail: string): Problem {
  return { type: `urn:aitima:problem:${code}`, title: detail, status, detail, code };
}

/** A problem+json body, checked by hand so zod stays out of the first page load. */
function isProblem(value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.code === 'string' && typeof candidate.status === 'number';
}

/** The problem in a failed answer's body (fetch or XMLHttpRequest), or one made up from its status. */
export function problemFromText(status: number, text: string): Problem {
  try {
    const parsed: unknown = JSON.parse(text);
    if (isProblem(parsed)) return parsed;
  } catch {
    // Not JSON: a proxy's error page, for example. Fall through to a generic problem.
  }
  if (status === 0) return makeProblem(0, NETWORK_ERROR_CODE, text);
  if (status === 413) return makeProblem(413, 'payload_too_large', text);
  const code = status === 503 || status === 502 ? 'unavailable' : 'internal';
  return makeProblem(status, status >= 500 ? code : 'bad_request', text);
}

async function problemFrom(response: Response): Promise<Problem> {
  const text = await response.text().catch(() => '');
  return problemFromText(response.status, text);
}

interface RequestOptions {
  body?: unknown;
  signal?: AbortSignal;
  /** Extra request headers, e.g. an Idempotency-Key. */
  headers?: Record<string, string>;
}

/** Asks the person to prove who they are again; true when they did (false: they gave up). */
type ReauthenticationHandler = () => Promise<boolean>;
let reauthenticationHandler: ReauthenticationHandler | undefined;

/**
 * Set by the re-authentication modal: when the API answers `reauthentication_required`,
 * apiRequest waits for the person to confirm who they are, then sends the request again.
 */
export function setReauthenticationHandler(handler: ReauthenticationHandler | undefined): void {
  reauthenticationHandler = handler;
}

/**
 * Calls the API: `path` must be a documented path that answers `method`, and the
 * options carry its path parameters (filled in, encoded), query, JSON body and
 * transport details, each typed from the OpenAPI document; the answer is typed as the
 * documented success body (undefined for 204). Responses are typed, not re-checked:
 * the server serialises each reply through its zod schema.
 */
export async function apiRequest<M extends HttpMethod, P extends ApiPath<M>>(
  method: M,
  path: P,
  ...[options]: ApiCallArguments<ApiOperation<M, P>>
): Promise<ApiResponse<ApiOperation<M, P>>> {
  // The types have checked the options against the contract; here they are just data.
  const call = (options ?? {}) as RequestOptions & {
    params?: Record<string, PathParamValue>;
    query?: object;
  };
  const url = withQuery(fillPath(path, call.params ?? {}), call.query ?? {});
  const answer = await sendWithReauthentication(method, url, {
    body: call.body,
    signal: call.signal,
    headers: call.headers,
  });
  return answer as ApiResponse<ApiOperation<M, P>>;
}

/** GET on a documented path: `apiGet('/api/tickets/{number}', { params: { number }, signal })`. */
export function apiGet<P extends ApiPath<'GET'>>(
  path: P,
  ...options: ApiCallArguments<ApiOperation<'GET', P>>
): Promise<ApiResponse<ApiOperation<'GET', P>>> {
  return apiRequest('GET', path, ...options);
}

type PathParamValue = string | number;

/** '/api/tickets/{number}' with `{ number: 42 }` → '/api/tickets/42'; each value encoded. */
export function fillPath(path: string, params: Record<string, PathParamValue>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    // The types require every parameter; this guards callers that cast their way past them.
    if (value === undefined) throw new Error(`Missing path parameter "${name}" for ${path}`);
    return encodeURIComponent(String(value));
  });
}

/**
 * Sends a request with the session cookie. A sensitive change refused for want of a
 * recent login is retried once after the re-authentication modal succeeds. Every
 * failure becomes an ApiError.
 */
async function sendWithReauthentication(
  method: HttpMethod,
  path: string,
  options: RequestOptions,
): Promise<unknown> {
  try {
    return await sendRequest(method, path, options);
  } catch (error) {
    const mayRetry =
      isApiError(error) && error.code === 'reauthentication_required' && reauthenticationHandler;
    if (!mayRetry || !(await reauthenticationHandler!())) throw error;
    return sendRequest(method, path, options);
  }
}

async function sendRequest(
  method: HttpMethod,
  path: string,
  options: RequestOptions,
): Promise<unknown> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (method !== 'GET') headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: method === 'GET' ? undefined : JSON.stringify(options.body ?? {}),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(makeProblem(0, NETWORK_ERROR_CODE, String(error)));
  }
  if (!response.ok) throw new ApiError(await problemFrom(response));
  if (response.status === 204) return undefined;
  try {
    return await response.json();
  } catch {
    throw new ApiError(makeProblem(500, 'internal', `Unreadable response from ${path}`));
  }
}
