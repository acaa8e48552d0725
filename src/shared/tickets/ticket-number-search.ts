/** The largest ticket number a search treats as one (an integer column). */
const MAX_TICKET_NUMBER = 2_147_483_647;

/**
 * The ticket number a search names, «#1016» or «1016», or undefined when the
 * search is words. A number is still searched for as text too (it may be an
 * invoice number in a message), but the ticket with that number comes with it,
 * and the web app opens it straight away on Enter.
 */
export function ticketNumberIn(search: string): number | undefined {
  const match = /^#?\s*(\d{1,10})$/.exec(search.trim());
  if (!match) return undefined;
  const number = Number(match[1]);
  return number >= 1 && number <= MAX_TICKET_NUMBER ? number : undefined;
}
