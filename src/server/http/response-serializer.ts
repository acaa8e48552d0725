import { isDeepStrictEqual } from 'node:util';
import fastJsonStringify from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify';
import { ResponseSerializationError, serializerCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { $ZodType, safeEncode } from 'zod/v4/core';

type JsonSchema = { [keyword: string]: unknown };

/** A route's response schema: a zod type, or one wrapped as `{ properties }`. */
function zodSchemaOf(schema: unknown): $ZodType | undefined {
  if (schema instanceof $ZodType) return schema;
  const wrapped = (schema as { properties?: unknown } | null)?.properties;
  return wrapped instanceof $ZodType ? wrapped : undefined;
}

const isNullType = (node: unknown) => (node as JsonSchema | null)?.type === 'null';

/**
 * zod's JSON Schema made fit for fast-json-stringify, without changing what is written:
 * - `anyOf: [X, null]` (zod's nullable) becomes X with `nullable: true`, which it
 *   writes directly instead of validating the value against each branch with Ajv;
 * - `additionalProperties: false` is dropped: undeclared properties are never written
 *   either way, but inside a union a row carrying more than the schema (as rows do)
 *   would match no branch;
 * - `pattern`s are dropped: they only served that branch check.
 */
export function serializableSchemaOf(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(serializableSchemaOf);
  if (node === null || typeof node !== 'object') return node;
  const { anyOf, ...rest } = node as JsonSchema;
  if (Array.isArray(anyOf) && anyOf.length === 2 && anyOf.filter(isNullType).length === 1) {
    const value = anyOf.find((branch) => !isNullType(branch));
    return {
      ...(serializableSchemaOf(rest) as JsonSchema),
      ...(serializableSchemaOf(value) as JsonSchema),
      nullable: true,
    };
  }
  const out: JsonSchema = anyOf === undefined ? {} : { anyOf: serializableSchemaOf(anyOf) };
  for (const [keyword, value] of Object.entries(rest)) {
    if (keyword === 'pattern' || (keyword === 'additionalProperties' && value === false)) continue;
    const isNamedSchemas = keyword === 'properties' || keyword === 'definitions';
    out[keyword] = isNamedSchemas
      ? Object.fromEntries(
          Object.entries(value as JsonSchema).map(([name, schema]) => [
            name,
            serializableSchemaOf(schema),
          ]),
        )
      : serializableSchemaOf(value);
  }
  return out;
}

/** fast-json-stringify compiled from a zod schema, or undefined when JSON Schema cannot express it. */
function fastStringifyOf(schema: $ZodType): ((data: unknown) => string) | undefined {
  try {
    const jsonSchema = z.toJSONSchema(schema as z.ZodType, { io: 'output', target: 'draft-7' });
    return fastJsonStringify(serializableSchemaOf(jsonSchema) as JsonSchema) as (
      data: unknown,
    ) => string;
  } catch {
    return undefined;
  }
}

/**
 * Writes API responses with fast-json-stringify, compiled once per route from the
 * route's zod response schema. Only the schema's properties are written, so nothing
 * a database row carries beyond them reaches a client, as with zod; but it costs a
 * fraction of checking every response with zod and then JSON.stringify, which was
 * 15 % of the server's busy time under the staff queue's load (see README «Speed»).
 *
 * With `checkAgainstZod` (the API tests), every response is also encoded by zod: a
 * response zod refuses, or one the two write differently, fails the request, so the
 * whole API suite checks that both say the same thing.
 */
export function responseSerializerCompiler(options: {
  checkAgainstZod: boolean;
}): FastifySerializerCompiler<unknown> {
  return (route) => {
    const zodSchema = zodSchemaOf(route.schema);
    const stringify = zodSchema && fastStringifyOf(zodSchema);
    // A schema JSON Schema cannot express is written as before, by zod.
    if (!zodSchema || !stringify) {
      return serializerCompiler(route as Parameters<typeof serializerCompiler>[0]);
    }
    if (!options.checkAgainstZod) return stringify;
    return (data) => {
      const text = stringify(data);
      const encoded = safeEncode(zodSchema, data);
      if (encoded.error) {
        throw new ResponseSerializationError(route.method, route.url, { cause: encoded.error });
      }
      const byZod: unknown = JSON.parse(JSON.stringify(encoded.data));
      if (!isDeepStrictEqual(JSON.parse(text), byZod)) {
        throw new Error(
          `${route.method} ${route.url}: fast-json-stringify wrote ${text.slice(0, 500)}, zod ${JSON.stringify(byZod).slice(0, 500)}`,
        );
      }
      return text;
    };
  };
}
