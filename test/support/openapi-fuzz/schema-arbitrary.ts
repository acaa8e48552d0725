import fc from 'fast-check';

/** A JSON schema as @fastify/swagger writes it (OpenAPI 3.0 flavour), the parts read here. */
export interface JsonSchema {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
  pattern?: string;
  default?: unknown;
}

/** Real values the seeded app holds, so requests reach real code and not only 404s. */
export interface KnownValues {
  uuids: string[];
  numbers: number[];
}

// Texts that broke servers before: NUL, other control characters, Greek, long, SQL-ish, emoji.
const nastyText = fc.constantFrom(
  'a\u0000b',
  '\u0007\u001b[0m',
  'Καλημέρα σας',
  "' OR 1=1 --",
  '%00',
  '😀'.repeat(3),
  ' ',
  '',
  '=SUM(A1)',
);
const instants = fc.oneof(
  fc.date({ min: new Date('2000-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
  fc.date({ noInvalidDate: true }),
);

/**
 * Values for a schema: mostly valid ones (so the request gets past validation and
 * exercises the service), sometimes edge or plainly wrong ones (so validation is tested).
 */
export function arbitraryFor(
  schema: JsonSchema,
  known: KnownValues,
  depth = 0,
): fc.Arbitrary<unknown> {
  const valid = validArbitrary(schema, known, depth);
  const wrong = fc.oneof(
    fc.constant(null),
    fc.integer(),
    fc.boolean(),
    nastyText,
    fc.constant({}),
    fc.constant([]),
  );
  return fc.oneof({ arbitrary: valid, weight: 8 }, { arbitrary: wrong, weight: 1 });
}

function validArbitrary(
  schema: JsonSchema,
  known: KnownValues,
  depth: number,
): fc.Arbitrary<unknown> {
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants && variants.length > 0) {
    return fc.oneof(...variants.map((variant) => validArbitrary(variant, known, depth)));
  }
  if (schema.allOf && schema.allOf.length > 0)
    return validArbitrary(schema.allOf[0]!, known, depth);
  const base = baseArbitrary(schema, known, depth);
  return schema.nullable ? fc.oneof(base, fc.constant(null)) : base;
}

function baseArbitrary(
  schema: JsonSchema,
  known: KnownValues,
  depth: number,
): fc.Arbitrary<unknown> {
  if (schema.enum && schema.enum.length > 0) {
    return fc.oneof(
      { arbitrary: fc.constantFrom(...schema.enum), weight: 9 },
      { arbitrary: nastyText, weight: 1 },
    );
  }
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      return stringArbitrary(schema, known);
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? -1_000_000;
      const max = schema.maximum ?? 1_000_000;
      const inRange =
        type === 'integer'
          ? fc.integer({ min: Math.ceil(min), max: Math.floor(Math.max(min, max)) })
          : fc.double({ min, max: Math.max(min, max), noNaN: true });
      const real = known.numbers.length > 0 ? fc.constantFrom(...known.numbers) : inRange;
      return fc.oneof(inRange, real, fc.constantFrom(0, -1, 2 ** 31, 1e300, 0.5));
    }
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(arbitraryFor(schema.items ?? {}, known, depth + 1), {
        maxLength: Math.min(schema.maxItems ?? 3, 3),
      });
    case 'object':
      return objectArbitrary(schema, known, depth);
    default:
      return fc.oneof(fc.string(), fc.integer(), fc.boolean());
  }
}

function stringArbitrary(schema: JsonSchema, known: KnownValues): fc.Arbitrary<unknown> {
  switch (schema.format) {
    case 'uuid':
      return fc.oneof(
        {
          arbitrary: known.uuids.length > 0 ? fc.constantFrom(...known.uuids) : fc.uuid(),
          weight: 5,
        },
        { arbitrary: fc.uuid(), weight: 1 },
      );
    case 'date-time':
      return instants.map((date) => date.toISOString());
    case 'date':
      return instants.map((date) => date.toISOString().slice(0, 10));
    case 'email':
      return fc.oneof(fc.emailAddress(), fc.constant('nobody@example.test'));
  }
  if (schema.pattern) {
    try {
      return fc.oneof(fc.stringMatching(new RegExp(schema.pattern)), nastyText);
    } catch {
      // A pattern fast-check cannot generate from: plain strings then.
    }
  }
  const maxLength = Math.min(schema.maxLength ?? 40, 60);
  const minLength = Math.min(schema.minLength ?? 0, maxLength);
  return fc.oneof(
    { arbitrary: fc.string({ minLength, maxLength }), weight: 4 },
    { arbitrary: fc.string({ minLength, maxLength, unit: 'grapheme' }), weight: 2 },
    { arbitrary: nastyText, weight: 2 },
  );
}

function objectArbitrary(
  schema: JsonSchema,
  known: KnownValues,
  depth: number,
): fc.Arbitrary<unknown> {
  if (depth > 4 || !schema.properties) return fc.constant({});
  const required = new Set(schema.required ?? []);
  const entries = Object.entries(schema.properties).map(([key, property]) => {
    const value = arbitraryFor(property, known, depth + 1);
    // Required fields are nearly always there, optional ones half of the time.
    const presence = fc
      .integer({ min: 0, max: 19 })
      .map((n) => (required.has(key) ? n > 0 : n >= 10));
    return fc.tuple(fc.constant(key), presence, value);
  });
  return fc
    .tuple(...entries)
    .map((triples) =>
      Object.fromEntries(
        triples.filter(([, present]) => present).map(([key, , value]) => [key, value]),
      ),
    );
}
