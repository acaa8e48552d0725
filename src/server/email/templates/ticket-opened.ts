import type { Locale } from '../../../shared/roles.js';
import type { EmailData } from '../email-kinds.js';
import {
  notificationFooter,
  type RenderedEmail,
  renderLayout,
  type SiteInfo,
  ticketUrl,
} from './layout.js';

/** To staff: a customer opened a ticket. */
export function renderTicketOpened(
  data: EmailData['ticket_opened'],
  locale: Locale,
  site: SiteInfo,
): RenderedEmail {
  const tag = `[#${data.ticketNumber}]`;
  const en = locale === 'en';
  return renderLayout(locale, site, {
    subject: en ? `${tag} New ticket: ${data.subject}` : `${tag} Νέο αίτημα: ${data.subject}`,
    paragraphs: [
      en
        ? `${data.authorName} (${data.companyName}) opened ticket #${data.ticketNumber} «${data.subject}».`
        : `${data.authorName} (${data.companyName}) υπέβαλε το αίτημα #${data.ticketNumber} «${data.subject}».`,
    ],
    quote: { author: data.authorName, body: data.body },
    action: {
      label: en ? 'Open the ticket' : 'Άνοιγμα αιτήματος',
      url: ticketUrl(site, data.ticketNumber),
    },
    footer: notificationFooter(locale, site),
  });
}
