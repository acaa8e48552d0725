import type { Locale } from '../../shared/roles.js';

/** What an email needs to know of the person it goes to. */
export interface Recipient {
  id: string;
  email: string;
  locale: Locale;
}

/** A person's name as emails show it. */
export const fullName = (user: { firstName: string; lastName: string }): string =>
  `${user.firstName} ${user.lastName}`.trim();
