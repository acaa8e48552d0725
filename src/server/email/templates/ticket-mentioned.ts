import type { Locale } from '../../../shared/roles.js';
import type { EmailData } from '../email-kinds.js';
import {
  notificationFooter,
  type RenderedEmail,
  renderLayout,
  type SiteInfo,
  ticketUrl,
} from './layout.js';

/**
 * To a staff member mentioned in an internal note. The subject carries no
 * «[#1016]» tag (and the outbox row no ticket), so that answering this email does
 * not turn into a public reply on the ticket: an internal note stays internal.
 */
export function renderTicketMentioned(
  data: EmailData['ticket_mentioned'],
  locale: Locale,
  site: SiteInfo,
): RenderedEmail {
  const en = locale === 'en';
  return renderLayout(locale, site, {
    subject: en
      ? `Mentioned in an internal note: #${data.ticketNumber} ${data.subject}`
      : `Αναφορά σε εσωτερική σημείωση: #${data.ticketNumber} ${data.subject}`,
    paragraphs: [
      en
        ? `${data.authorName} mentioned you in an internal note on ticket #${data.ticketNumber} «${data.subject}».`
        : `${data.authorName} σας ανέφερε σε εσωτερική σημείωση στο αίτημα #${data.ticketNumber} «${data.subject}».`,
      en
        ? 'Internal notes are for staff only: answer in the portal, not by replying to this email.'
        : 'Οι εσωτερικές σημειώσεις είναι μόνο για το προσωπικό: απαντήστε στην πύλη, όχι σε αυτό το email.',
    ],
    quote: { author: data.authorName, body: data.body },
    action: {
      label: en ? 'Open the ticket' : 'Άνοιγμα αιτήματος',
      url: ticketUrl(site, data.ticketNumber),
    },
    footer: notificationFooter(locale, site),
  });
}
