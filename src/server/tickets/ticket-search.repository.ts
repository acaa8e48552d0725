import { and, eq, type SQL, sql } from 'drizzle-orm';
import { foldForSearch } from '../../shared/tickets/search-text.js';
import type { Executor } from '../db/database.js';
import { ticketSearch, tickets } from '../db/schema.js';

/** A piece of a ticket that search should find: its subject (no message) or a public message. */
export interface SearchPiece {
  ticketId: string;
  companyId: string;
  messageId: string | null;
  /** As written; folded here, the same way the searched-for words are. */
  text: string;
}

/** Makes pieces of tickets findable; one insert for all of them. */
export async function insertSearchPieces(db: Executor, pieces: SearchPiece[]): Promise<void> {
  if (pieces.length === 0) return;
  await db
    .insert(ticketSearch)
    .values(pieces.map((piece) => ({ ...piece, text: foldForSearch(piece.text) })));
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Tickets with a piece that contains `folded` (already folded with foldForSearch).
 * An IN over the side table: the trigram index finds the matching pieces, and
 * PostgreSQL joins their tickets by primary key. A customer's company narrows
 * the pieces before they meet `tickets`.
 */
export function searchCondition(folded: string, companyId?: string): SQL {
  const matching = sql`select ${ticketSearch.ticketId} from ${ticketSearch} where ${and(
    sql`${ticketSearch.text} like ${`%${escapeLike(folded)}%`}`,
    companyId ? eq(ticketSearch.companyId, companyId) : undefined,
  )}`;
  return sql`${tickets.id} in (${matching})`;
}
