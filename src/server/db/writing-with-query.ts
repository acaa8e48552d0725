import type { SQL } from 'drizzle-orm';
import type { TypedQueryBuilder } from 'drizzle-orm/query-builders/query-builder';

/**
 * A data-modifying statement as a WITH query of another statement, so rows that
 * go together are written in one round trip. Drizzle renders any SQL there (an
 * INSERT builder's too), but its types accept only builders that return rows. The
 * query returns nothing to the statement around it.
 */
export function writingWithQuery(statement: { getSQL(): SQL }): TypedQueryBuilder<undefined> {
  // SQL is its own getSQL(); a builder gives its text.
  return statement.getSQL() as unknown as TypedQueryBuilder<undefined>;
}
