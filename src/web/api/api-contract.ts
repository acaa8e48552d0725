/**
 * The API's contract as types, read from the generated OpenAPI types: which paths
 * answer which method, with which path parameters, query, JSON body and success
 * body. Types only, so nothing of it reaches the browser's JavaScript.
 */
import type { paths } from './generated/openapi';

/** The HTTP methods the web app sends. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Every documented path that answers `M`, e.g. '/api/tickets/{number}' for GET. */
export type ApiPath<M extends HttpMethod> = {
  [P in keyof paths]: Lowercase<M> extends keyof paths[P] ? P : never;
}[keyof paths];

/** The documented operation of `M` on `P`. */
export type ApiOperation<M extends HttpMethod, P extends ApiPath<M>> = paths[P][Lowercase<M> &
  keyof paths[P]];

type ParametersOf<Op> = Op extends { parameters: infer Parameters } ? Parameters : object;

/** One part of an operation's parameters ('path' or 'query'); never when it has none. */
type ParameterPart<Op, K extends string> = K extends keyof ParametersOf<Op>
  ? NonNullable<ParametersOf<Op>[K]>
  : never;

/** The path parameters of an operation, e.g. `{ number: number }`. */
export type ApiPathParams<Op> = ParameterPart<Op, 'path'>;

/** The query parameters of an operation. */
export type ApiQuery<Op> = ParameterPart<Op, 'query'>;

/** The JSON body an operation takes; never when it takes none. */
export type ApiBody<Op> = 'requestBody' extends keyof Op
  ? NonNullable<Op['requestBody']> extends { content: { 'application/json': infer Body } }
    ? Body
    : never
  : never;

type SuccessStatus = 200 | 201 | 202 | 204;
type ResponsesOf<Op> = Op extends { responses: infer Responses } ? Responses : never;
/** A response's JSON body; undefined for one with no content (204). */
type JsonOf<Response> = [Response] extends [{ content: never }]
  ? undefined
  : Response extends { content: { 'application/json': infer Body } }
    ? Body
    : undefined;

/** The JSON body of an operation's documented success answer(s). */
export type ApiResponse<Op> = {
  [Status in keyof ResponsesOf<Op> & SuccessStatus]: JsonOf<ResponsesOf<Op>[Status]>;
}[keyof ResponsesOf<Op> & SuccessStatus];

/**
 * An option the operation requires (params, or a body it must have), may take (query,
 * a body whose fields are all optional) or refuses (`never`: passing one is an error).
 */
type Slot<Key extends string, Value> = [Value] extends [never]
  ? { [K in Key]?: never }
  : object extends Value
    ? { [K in Key]?: Value }
    : { [K in Key]: Value };

/** The options of a call: what the contract asks for, and transport details. */
export type ApiCallOptions<Op> = Slot<'params', ApiPathParams<Op>> &
  Slot<'query', ApiQuery<Op>> &
  Slot<'body', ApiBody<Op>> & {
    signal?: AbortSignal;
    /** Extra request headers, e.g. an Idempotency-Key. */
    headers?: Record<string, string>;
  };

/** The options argument: required when the call has something it must send. */
export type ApiCallArguments<Op> =
  object extends ApiCallOptions<Op>
    ? [options?: ApiCallOptions<Op>]
    : [options: ApiCallOptions<Op>];
