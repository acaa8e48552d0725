import { type AnyColumn, type SQL, sql } from 'drizzle-orm';

/**
 * Placeholders for a prepared statement's written values, typed by PostgreSQL from
 * where they stand (the column they set). Drizzle passes a placeholder given as a
 * column's value through that column's encoder, which cannot take a null (a
 * timestamp's calls toISOString; a jsonb's writes the JSON `null`), so these are
 * bare. Their values go as the driver sends them: a Date as a timestamp, an array
 * as a PostgreSQL array, so a jsonb value must be given as its JSON text (both
 * node-postgres and PGlite pass a string through): see `jsonText`.
 *
 * `suffix` tells apart the placeholders of several rows of one statement.
 */
export function barePlaceholders<Key extends string>(
  keys: readonly Key[],
  suffix = '',
): Record<Key, SQL> {
  return Object.fromEntries(
    keys.map((key) => [key, sql`${sql.placeholder(`${key}${suffix}`)}`]),
  ) as Record<Key, SQL>;
}

/** The values for `barePlaceholders(keys, suffix)`: each key with the same suffix. */
export function suffixedValues(values: object, suffix: string): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [`${key}${suffix}`, value]),
  );
}

/** A jsonb column's value as a bare placeholder takes it: its JSON text, or SQL null. */
export function jsonText(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

/**
 * `column` is one of the uuids of the placeholder `name`, given as one array: a
 * prepared statement for any number of ids (Drizzle's inArray writes one
 * placeholder per value, so each count would be a statement of its own).
 */
export function inUuidArray(column: AnyColumn, name: string): SQL {
  return sql`${column} = any(${sql.placeholder(name)}::uuid[])`;
}
