import { z } from 'zod';
import { problemSchema } from '../../../shared/problem.js';
import { SESSION_COOKIE } from '../../auth/session-cookie.js';
import { PARAMETER_EXAMPLES, REQUEST_EXAMPLES } from './operation-examples.js';
import { operationIdFor } from './operation-id.js';
import { PROBLEM_RESPONSES, PUBLIC_OPERATIONS, problemStatusesOf } from './problem-responses.js';

// The parts of an OpenAPI 3.0 document this file reads and writes.
type Json = Record<string, unknown>;
interface Operation {
  operationId?: string;
  tags?: string[];
  parameters?: { name: string; in: string; example?: unknown }[];
  requestBody?: { content?: Record<string, { schema?: Json; example?: unknown }> };
  responses: Record<string, { description: string; content?: Json; headers?: Json }>;
  security?: Record<string, string[]>[];
}
export interface OpenApiDocument {
  openapi: string;
  info: Json;
  components?: Json & { schemas?: Json; responses?: Json; securitySchemes?: Json };
  paths: Record<string, Record<string, Operation>>;
  tags?: { name: string; description: string }[];
  servers?: { url: string; description?: string }[];
}

/** Operations that take files, by operationId: the form's fields. */
const MULTIPART_BODIES: Record<string, Json> = {
  uploadFile: {
    type: 'object',
    properties: { file: { type: 'string', format: 'binary', description: 'One file.' } },
    required: ['file'],
  },
};

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

const TAG_DESCRIPTIONS: Record<string, string> = {
  auth: 'Log in and out, password reset.',
  setup: 'The first administrator of a new instance.',
};

/** Operations that send the browser on (single sign-on) instead of answering with JSON. */
const REDIRECTING_PATHS = new Set(['/api/auth/sso/start', '/api/auth/sso/callback']);

/** The answers that are not JSON, by the shape of their path. */
function mediaTypeOf(path: string): { type: string; schema: Json } | null {
  const binary = { type: 'string', format: 'binary' };
  if (/(\.csv|\/csv)$/.test(path)) return { type: 'text/csv', schema: { type: 'string' } };
  if (path.endsWith('/pdf')) return { type: 'application/pdf', schema: binary };
  if (/\/(eml|original)$/.test(path)) return { type: 'message/rfc822', schema: binary };
  if (path === '/api/live') return { type: 'text/event-stream', schema: { type: 'string' } };
  if (path.startsWith('/api/attachments/'))
    return { type: 'application/octet-stream', schema: binary };
  return null;
}

/**
 * Completes the document @fastify/swagger builds from the routes' zod schemas so that
 * clients can be generated from it: security schemes, an operationId, the problem+json
 * answers each operation can give, the real media type of answers that are not JSON,
 * bodiless 204s, tags and examples. Runs on every route, those added later included.
 */
export function completeOpenApiDocument<T>(input: T): T {
  // @fastify/swagger's own types cover every OpenAPI version; this reads the 3.0 parts it writes.
  const document = input as OpenApiDocument;
  document.components ??= {};
  const components = document.components;
  components.securitySchemes = {
    cookieAuth: {
      type: 'apiKey',
      in: 'cookie',
      name: SESSION_COOKIE,
      description:
        'The session cookie set by logIn; state-changing requests also need a same-origin Origin header.',
    },
    bearerAuth: {
      type: 'http',
      scheme: 'bearer',
      description: 'An API token, sent as `Authorization: Bearer <token>`.',
    },
  };
  components.schemas = {
    ...components.schemas,
    Problem: z.toJSONSchema(problemSchema, { target: 'openapi-3.0' }),
  };
  components.responses = Object.fromEntries(
    Object.values(PROBLEM_RESPONSES).map(({ name, description }) => [
      name,
      {
        description,
        content: {
          'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
        },
      },
    ]),
  );
  const tags = new Set<string>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!HTTP_METHODS.has(method)) continue;
      completeOperation(path, method, operation);
      for (const tag of operation.tags ?? []) tags.add(tag);
    }
  }
  document.tags = [...tags].sort().map((name) => ({
    name,
    description: TAG_DESCRIPTIONS[name] ?? `Operations on ${name.replaceAll('-', ' ')}.`,
  }));
  document.servers ??= [{ url: '/', description: 'This server' }];
  fixNullables(document.paths);
  return input;
}

/**
 * zod writes a nullable union as `{ nullable: true, anyOf: [...] }`, which OpenAPI 3.0
 * does not allow (`nullable` needs a `type` beside it): the variants carry it instead.
 * And a nullable enum must list null among its values (OpenAPI 3.0.3), or validators
 * such as ajv refuse the null the server rightly sends.
 */
function fixNullables(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) fixNullables(item);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const schema = node as Json;
  const variants = (schema.anyOf ?? schema.oneOf) as Json[] | undefined;
  if (schema.nullable === true && schema.type === undefined && Array.isArray(variants)) {
    delete schema.nullable;
    for (const variant of variants) variant.nullable = true;
  }
  if (schema.nullable === true && Array.isArray(schema.enum) && !schema.enum.includes(null)) {
    schema.enum = [...schema.enum, null];
  }
  for (const value of Object.values(schema)) fixNullables(value);
}

function completeOperation(path: string, method: string, operation: Operation): void {
  operation.operationId ??= operationIdFor(method, path);
  const id = operation.operationId;
  const isPublic = PUBLIC_OPERATIONS.has(`${method.toUpperCase()} ${path}`);
  operation.security = isPublic ? [] : [{ cookieAuth: [] }, { bearerAuth: [] }];

  const responses = operation.responses;
  for (const status of ['204', '205', '304']) {
    if (responses[status]) responses[status] = { description: 'No content' };
  }
  if (REDIRECTING_PATHS.has(path)) {
    delete responses['200'];
    responses['303'] = {
      description: 'The browser is sent on: to the identity provider, or back to the app.',
      headers: { Location: { description: 'Where to go next.', schema: { type: 'string' } } },
    };
  }
  const media = mediaTypeOf(path);
  if (media && responses['200']) {
    responses['200'] = {
      description: responses['200'].description,
      content: { [media.type]: { schema: media.schema } },
    };
  }
  // Multipart bodies have no zod schema for the document to show: described here.
  const multipart = MULTIPART_BODIES[id];
  if (multipart && !operation.requestBody) {
    operation.requestBody = { content: { 'multipart/form-data': { schema: multipart } } };
  }
  const statuses = problemStatusesOf({
    method,
    path,
    operationId: id,
    hasInput: (operation.parameters?.length ?? 0) > 0 || operation.requestBody !== undefined,
    hasBody: operation.requestBody !== undefined,
    refersById: JSON.stringify([operation.parameters, operation.requestBody]).includes('"uuid"'),
  });
  for (const status of statuses) {
    const problem = PROBLEM_RESPONSES[status];
    if (problem)
      responses[String(status)] ??= { $ref: `#/components/responses/${problem.name}` } as never;
  }

  const example = REQUEST_EXAMPLES[id];
  const json = operation.requestBody?.content?.['application/json'];
  if (example !== undefined && json) json.example = example;
  for (const parameter of operation.parameters ?? []) {
    const value = PARAMETER_EXAMPLES[id]?.[parameter.name];
    if (value !== undefined) parameter.example = value;
  }
}
