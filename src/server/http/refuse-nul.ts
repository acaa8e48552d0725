import { validatorCompiler } from 'fastify-type-provider-zod';

// The mark fastify-type-provider-zod puts on its validation errors (a global symbol), so
// that the error handler formats this refusal exactly like any other invalid field.
const zodValidationErrorMark = Symbol.for('ZodFastifySchemaValidationError');

/**
 * The path to the first string holding U+0000 in a request part (body, query,
 * params, headers), or null. PostgreSQL cannot store NUL in text, and no person
 * types it: it is refused as bad input rather than failing in the database.
 */
export function findNulCharacter(value: unknown, path: PropertyKey[] = []): PropertyKey[] | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findNulCharacter(item, [...path, index]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      // A NUL in a key is as bad as in a value; name the key itself.
      if (key.includes('\u0000')) return [...path, key];
      const found = findNulCharacter(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Zod's validator for every route, behind a check that refuses NUL in any text of
 * the request with the field named (`invalid_character`). One place, so that every
 * text input, of every route present and future, is covered: the zod string schemas
 * are many and a new one would be easy to forget.
 */
export const nulRefusingValidatorCompiler: typeof validatorCompiler = (route) => {
  const validate = validatorCompiler(route);
  return (data) => {
    const path = findNulCharacter(data);
    if (path === null) return validate(data);
    const pointer = path.map(String).join('/');
    const error = Object.assign(new Error('invalid_character'), {
      validation: [
        {
          [zodValidationErrorMark]: true,
          keyword: 'custom',
          instancePath: `/${pointer}`,
          schemaPath: `#/${pointer}/custom`,
          message: 'invalid_character',
          params: {},
        },
      ],
    });
    return { error };
  };
};
