import type { Locale } from '../../shared/roles.js';
import type { RecipientRow } from './notifications.repository.js';

/** What an email needs to know of the person it goes to. */
export interface Recipient {
  id: string;
  email: string;
  locale: Locale;
}

/** A person's name as emails show it. */
export const fullName = (user: { firstName: string; lastName: string }): string =>
  `${user.firstName} ${user.lastName}`.trim();

/**
 * The people to email: each once, never the person who caused it, only those who
 * have not switched this kind of email off.
 */
export function chooseRecipients(rows: RecipientRow[], actorUserId: string): Recipient[] {
  const chosen = new Map<string, Recipient>();
  for (const row of rows) {
    if (row.id === actorUserId || row.wants === false) continue;
    chosen.set(row.id, { id: row.id, email: row.email, locale: row.locale });
  }
  return [...chosen.values()];
}
