/**
 * The largest ticket number (and any other integer id) PostgreSQL's integer holds: a
 * bigger one in a filter or a body is refused at the boundary, not sent to the
 * database to fail there with a 500.
 */
export const MAX_INTEGER_ID = 2_147_483_647;
