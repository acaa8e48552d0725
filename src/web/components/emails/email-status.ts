import type { EmailStatus, MailTransportKind, OutboxEmail } from '../../../shared/api/emails';

/** The key of an email's status under `emails.status` / `emails.filter`. */
export type EmailStatusKey = EmailStatus | 'saved';

/**
 * The status as it happened: an email "sent" while no SMTP was configured was only
 * written to disk as .eml, and the page must not say it left. Each email says how
 * it went; the current transport stands in for emails sent before that was kept.
 */
export function emailStatusKey(
  email: Pick<OutboxEmail, 'status' | 'sentVia'>,
  currentTransport: MailTransportKind,
): EmailStatusKey {
  if (email.status !== 'sent') return email.status;
  return (email.sentVia ?? currentTransport) === 'file' ? 'saved' : 'sent';
}

/** The filter's label key: «sent» emails are «saved» ones while no SMTP is configured. */
export function emailFilterKey(
  status: EmailStatus,
  currentTransport: MailTransportKind,
): EmailStatusKey {
  return emailStatusKey({ status, sentVia: null }, currentTransport);
}
