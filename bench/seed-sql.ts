/**
 * SQL text helpers of the bench seed. The seed is deterministic: every choice is
 * a fixed hash of a row's number, never random(), so two seeds of one scale hold
 * the same tickets, threads and figures (only the anchor instant moves them).
 */

/**
 * A pseudo-random integer in [0, 2^31 - 1) from an integer SQL expression and a
 * salt: two rounds of a multiplicative hash modulo primes, in bigint (no overflow
 * for row numbers below 10^8).
 */
export function hashOf(expression: string, salt: number): string {
  return `(((((${expression})::bigint * 2654435761 + ${salt * 1013904223}) % 4294967291) * 40503 + ${salt * 7919}) % 2147483647)`;
}

/** The same hash as a fraction in [0, 1). */
export function fractionOf(expression: string, salt: number): string {
  return `(${hashOf(expression, salt)}::float8 / 2147483647)`;
}

/** One element of a SQL array literal, picked by a hash. */
export function pick(array: string, length: number, expression: string, salt: number): string {
  return `(${array})[1 + ${hashOf(expression, salt)} % ${length}]`;
}

/**
 * A deterministic version-4-shaped uuid from a kind and a number (md5 of both with
 * the version and variant nibbles set), so rows can name each other without lookups.
 */
export function uuidOf(kind: string, expression: string): string {
  return `(overlay(overlay(md5('bench-${kind}-' || (${expression})) placing '4' from 13) placing '8' from 17))::uuid`;
}

/** A SQL text[] literal of some strings. */
export function textArray(values: readonly string[]): string {
  return `array[${values.map((value) => `'${value.replaceAll("'", "''")}'`).join(',')}]::text[]`;
}
