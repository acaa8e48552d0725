import type { TICKET_SORTS } from '../../shared/api/tickets.js';
import { invalid } from '../http/errors.js';

type TicketSort = (typeof TICKET_SORTS)[number];
type Direction = 'asc' | 'desc';

/** Where a page ended: the last row's sort value (as PostgreSQL printed it) and its number. */
export interface TicketCursor {
  value: string;
  number: number;
}

const ISO_MICROSECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

const isValueOf: Record<TicketSort, (value: string) => boolean> = {
  lastActivity: (value) => ISO_MICROSECONDS.test(value),
  created: (value) => ISO_MICROSECONDS.test(value),
  number: (value) => /^\d{1,10}$/.test(value),
  subject: (value) => value.length <= 1000,
};

/**
 * The opaque cursor a page returns for the next one. It names its order, so that
 * a cursor is never read against another sort or direction.
 */
export function encodeTicketCursor(
  sort: TicketSort,
  direction: Direction,
  cursor: TicketCursor,
): string {
  return Buffer.from(JSON.stringify([sort, direction, cursor.value, cursor.number])).toString(
    'base64url',
  );
}

/** Reads a cursor given back by the client; anything else is a 400 on `cursor`. */
export function decodeTicketCursor(
  text: string,
  sort: TicketSort,
  direction: Direction,
): TicketCursor {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw invalid('cursor', 'invalid_value');
  }
  if (
    !Array.isArray(parts) ||
    parts.length !== 4 ||
    parts[0] !== sort ||
    parts[1] !== direction ||
    typeof parts[2] !== 'string' ||
    !isValueOf[sort](parts[2]) ||
    !Number.isInteger(parts[3]) ||
    parts[3] < 1 ||
    parts[3] > 2_147_483_647
  ) {
    throw invalid('cursor', 'invalid_value');
  }
  return { value: parts[2], number: parts[3] };
}
