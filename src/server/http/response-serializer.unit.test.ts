import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { responseSerializerCompiler } from './response-serializer.js';

const person = z.object({ id: z.string(), name: z.string() });
const schema = z.object({
  items: z.array(
    z.object({
      number: z.number().int(),
      assignee: person.nullable(),
      due: z.object({ at: z.iso.datetime() }).nullable(),
      part: z.discriminatedUnion('type', [
        z.object({ type: z.literal('message'), body: z.string() }),
        z.object({ type: z.literal('event'), kind: z.string() }),
      ]),
    }),
  ),
  nextCursor: z.string().nullable(),
});

const compile = (checkAgainstZod: boolean, routeSchema: unknown = schema) =>
  responseSerializerCompiler({ checkAgainstZod })({
    schema: routeSchema,
    method: 'GET',
    url: '/api/things',
    httpStatus: '200',
  });

// A row as a repository hands it over: more than the schema names, some of it secret.
const row = {
  number: 7,
  passwordHash: 'secret',
  assignee: { id: 'u1', name: 'Άννα', email: 'anna@example.com' },
  due: null,
  part: { type: 'event', kind: 'status_changed', data: { internal: true } },
};

describe('responseSerializerCompiler', () => {
  it('writes only what the schema names, at every depth (nullable objects and unions too)', () => {
    for (const check of [false, true]) {
      const text = compile(check)({ items: [row], nextCursor: null, total: 99 });
      expect(JSON.parse(text)).toEqual({
        items: [
          {
            number: 7,
            assignee: { id: 'u1', name: 'Άννα' },
            due: null,
            part: { type: 'event', kind: 'status_changed' },
          },
        ],
        nextCursor: null,
      });
      expect(text).not.toMatch(/secret|anna@|internal|total/);
    }
  });

  it('writes a nullable object that is there, and the union branch the value is', () => {
    const text = compile(true)({
      items: [
        {
          ...row,
          assignee: null,
          due: { at: '2026-12-05T10:00:00.000Z' },
          part: { type: 'message', body: '«Γεια»' },
        },
      ],
      nextCursor: 'abc',
    });
    expect(JSON.parse(text).items[0]).toEqual({
      number: 7,
      assignee: null,
      due: { at: '2026-12-05T10:00:00.000Z' },
      part: { type: 'message', body: '«Γεια»' },
    });
  });

  it('fails a response the schema refuses when checking against zod (the API tests)', () => {
    const wrong = { items: [{ ...row, number: 1.5 }], nextCursor: null };
    expect(() => compile(true)(wrong)).toThrow(/Response doesn't match the schema/);
  });

  it('falls back to zod for a schema JSON Schema cannot express', () => {
    const withDate = z.object({ at: z.date() });
    expect(() => z.toJSONSchema(withDate)).toThrow();
    expect(compile(false, withDate)({ at: new Date(0), secret: 1 })).toBe(
      '{"at":"1970-01-01T00:00:00.000Z"}',
    );
  });
});
