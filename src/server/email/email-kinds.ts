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
  /** To staff @mentioned in an internal note; never to a customer. */
  ticket_mentioned: {
    ticketNumber: number;
    subject: string;
    authorName: string;
    /** The note with each mention as «@Name». */
    body: string;
  };
  ticket_closed: {
    ticketNumber: number;
    subject: string;
    closedByName: string;
    lastMessage: string | null;
    /**
     * The requester's one-time rating token («Πώς τα πήγαμε;» links); absent in emails
     * queued before ratings, cleared once sent like other one-time links.
     */
    ratingToken?: string | null;
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
    /**
     * Rolled-over hours and prepaid blocks the company still has (the allocation's):
     * used before any overage. Absent on emails queued before; 0 when none.
     */
    extraMinutes?: number;
    /** The blocks on sale in the catalogue («Αγορά επιπλέον ωρών»); absent on older emails. */
    blockOffers?: { name: string; minutes: number; price: number }[];
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
  /** «Αγορά επιπλέον ωρών»: a block asked for (to staff), confirmed, declined or added (to the company). */
  hour_block: {
    event: 'requested' | 'confirmed' | 'declined' | 'granted';
    companyId: string;
    companyName: string;
    blockName: string;
    minutes: number;
    price: number;
    startsOn: string | null;
    validUntil: string | null;
    reason: string | null;
    audience: 'staff' | 'customer';
  };
  /**
   * «Εκτίμηση»: staff ask the customer to approve hours on a ticket; to the requester
   * and the company_admins who follow the ticket, with «Έγκριση» / «Απόρριψη» links.
   */
  estimate_added: {
    ticketNumber: number;
    subject: string;
    authorName: string;
    minutes: number;
    included: string;
    /** The estimate's one-time link token; cleared once sent, like other one-time links. */
    token: string | null;
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
  'ticket_mentioned',
  'package_hours',
  'statement_issued',
  'invitation',
  'password_reset',
  'email_change_confirm',
  'email_change_notice',
  'hour_block',
  'estimate_added',
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
  if (kind === 'ticket_closed') return { ...data, ratingToken: null };
  if (kind === 'estimate_added') return { ...data, token: null };
  return data;
}
