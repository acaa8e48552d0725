/**
 * Every email the server sends, with the data its outbox row carries. The data is
 * a snapshot taken in the transaction that queued it, so the email tells what
 * happened then, whatever changes later.
 */
export interface EmailData {
  ticket_opened: {
    ticketNumber: number;
    subject: string;
    companyName: string;
    authorName: string;
    body: string;
    /** Set when staff opened the ticket for a contact: who it is for. */
    requesterName?: string;
    /** Staff read "a ticket was opened"; the contact it was opened for, "support opened one for you". */
    audience?: 'staff' | 'customer';
  };
  ticket_replied: {
    ticketNumber: number;
    subject: string;
    authorName: string;
    body: string;
    /** Staff read "the customer replied"; customers read "support replied". */
    audience: 'staff' | 'customer';
  };
  ticket_closed: {
    ticketNumber: number;
    subject: string;
    closedByName: string;
    lastMessage: string | null;
  };
  package_hours: {
    companyId: string;
    companyName: string;
    packageName: string;
    /** 80: most of the hours are used; 100: all of them (more work is overage). */
    thresholdPercent: 80 | 100;
    usedMinutes: number;
    allowanceMinutes: number;
    periodStartDate: string;
    periodLastDate: string | null;
    /** Customers get a link to their central screen, staff to the company's page. */
    audience: 'staff' | 'customer';
    /** Euros per overage hour, said as what comes next; absent or null when not priced. */
    overageRatePerHour?: number | null;
  };
  statement_issued: {
    statementId: string;
    companyName: string;
    packageName: string;
    periodStartDate: string;
    periodLastDate: string;
    closingBalanceMinutes: number;
    overageMinutes: number;
  };
  invitation: {
    recipientName: string;
    /** Cleared once sent over SMTP: a one-time link is not kept at rest longer than needed. */
    inviteUrl: string | null;
    invitedByName: string;
    companyName: string | null;
  };
  password_reset: {
    recipientName: string;
    /** Cleared once sent over SMTP, like an invitation link. */
    resetUrl: string | null;
  };
  /** To the NEW address: the link that makes it the account's. */
  email_change_confirm: {
    recipientName: string;
    newEmail: string;
    /** Cleared once sent over SMTP, like a reset link. */
    confirmUrl: string | null;
  };
  /** To the OLD address: a change was asked for (so an intruder's change does not go unseen). */
  email_change_notice: {
    recipientName: string;
    newEmail: string;
  };
}

export type EmailKind = keyof EmailData;

export const EMAIL_KINDS = [
  'ticket_opened',
  'ticket_replied',
  'ticket_closed',
  'package_hours',
  'statement_issued',
  'invitation',
  'password_reset',
  'email_change_confirm',
  'email_change_notice',
] as const satisfies readonly EmailKind[];

/** Emails that carry a one-time link: never switched off, and their link is scrubbed after sending. */
export const SECURITY_EMAIL_KINDS: readonly EmailKind[] = [
  'invitation',
  'password_reset',
  'email_change_confirm',
  'email_change_notice',
];

/** Removes one-time links from an email's data, once the email has left. */
export function withoutSecrets(
  kind: string,
  data: Record<string, unknown>,
): Record<string, unknown> {
  if (kind === 'invitation') return { ...data, inviteUrl: null };
  if (kind === 'password_reset') return { ...data, resetUrl: null };
  if (kind === 'email_change_confirm') return { ...data, confirmUrl: null };
  return data;
}
