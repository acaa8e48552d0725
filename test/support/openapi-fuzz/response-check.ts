import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { LightMyRequestResponse } from 'fastify';
import type { JsonSchema } from './schema-arbitrary.js';

// ajv-formats is CommonJS: its default export is the function itself.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

type Json = Record<string, unknown>;

/** Replaces local `$ref`s (`#/components/...`) with what they point to. */
export function dereference<T>(value: T, document: Json): T {
  if (Array.isArray(value)) return value.map((item) => dereference(item, document)) as T;
  if (!value || typeof value !== 'object') return value;
  const ref = (value as Json).$ref;
  if (typeof ref === 'string' && ref.startsWith('#/')) {
    const target = ref
      .slice(2)
      .split('/')
      .reduce<unknown>((node, key) => (node as Json | undefined)?.[key], document);
    return dereference(target as T, document);
  }
  return Object.fromEntries(
    Object.entries(value as Json).map(([key, item]) => [key, dereference(item, document)]),
  ) as T;
}

export interface DocumentedResponse {
  description: string;
  content?: Record<string, { schema?: JsonSchema }>;
}

/** Checks an answer against what the document promises for it; returns what is wrong, or null. */
export function createResponseChecker() {
  const ajv = new Ajv({ strict: false, allErrors: false });
  addFormats(ajv);
  const compiled = new Map<object, ReturnType<Ajv['compile']>>();
  return (
    responses: Record<string, DocumentedResponse>,
    response: LightMyRequestResponse,
  ): string | null => {
    if (response.statusCode >= 500)
      return `answered ${response.statusCode}: ${response.body.slice(0, 300)}`;
    const documented = responses[String(response.statusCode)];
    if (!documented) {
      return `status ${response.statusCode} is not documented (${Object.keys(responses).join(', ')}): ${response.body.slice(0, 300)}`;
    }
    const contentType = String(response.headers['content-type'] ?? '')
      .split(';')[0]!
      .trim();
    if (!documented.content) {
      return response.body.length === 0
        ? null
        : `a body where none is documented: ${response.body.slice(0, 100)}`;
    }
    const media = documented.content[contentType];
    if (!media) {
      return `content-type ${contentType || '(none)'} is not documented (${Object.keys(documented.content).join(', ')})`;
    }
    if (!contentType.endsWith('json') || !media.schema) return null;
    let validate = compiled.get(media.schema);
    if (!validate) {
      validate = ajv.compile(media.schema);
      compiled.set(media.schema, validate);
    }
    if (validate(response.json())) return null;
    return `body does not match its schema: ${ajv.errorsText(validate.errors)}; body ${response.body.slice(0, 300)}`;
  };
}
