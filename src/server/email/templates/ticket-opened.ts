import type { Locale } from '../../../shared/roles.js';
import type { EmailData } from '../email-kinds.js';
import {
  notificationFooter,
  type RenderedEmail,
  renderLayout,
  type SiteInfo,
  ticketUrl,
} from './layout.js';

type TicketOpened = EmailData['ticket_opened'];

/** The opening sentence: who opened which ticket, and for whom when staff opened it. */
function intro(data: TicketOpened, en: boolean, site: SiteInfo): string {
  const ticket = `#${data.ticketNumber} «${data.subject}»`;
  if (data.audience === 'customer') {
    return en
      ? `${data.authorName} of ${site.companyName} opened ticket ${ticket} for you. You will find every reply there, and you can answer from the ticket's page.`
      : `${data.authorName} από ${site.companyName} άνοιξε για εσάς το αίτημα ${ticket}. Εκεί θα βρίσκετε κάθε απάντηση και μπορείτε να απαντάτε από τη σελίδα του αιτήματος.`;
  }
  if (data.requesterName) {
    return en
      ? `${data.authorName} opened ticket ${ticket} for ${data.requesterName} (${data.companyName}).`
      : `${data.authorName} άνοιξε το αίτημα ${ticket}. Αίτημα για: ${data.requesterName} (${data.companyName}).`;
  }
  return en
    ? `${data.authorName} (${data.companyName}) opened ticket ${ticket}.`
    : `${data.authorName} (${data.companyName}) υπέβαλε το αίτημα ${ticket}.`;
}

/** A new ticket: to staff, and to the contact it was opened for when staff opened it. */
export function renderTicketOpened(
  data: TicketOpened,
  locale: Locale,
  site: SiteInfo,
): RenderedEmail {
  const tag = `[#${data.ticketNumber}]`;
  const en = locale === 'en';
  return renderLayout(locale, site, {
    subject: en ? `${tag} New ticket: ${data.subject}` : `${tag} Νέο αίτημα: ${data.subject}`,
    paragraphs: [intro(data, en, site)],
    quote: { author: data.authorName, body: data.body },
    action: {
      label: en ? 'Open the ticket' : 'Άνοιγμα αιτήματος',
      url: ticketUrl(site, data.ticketNumber),
    },
    footer: notificationFooter(locale, site),
  });
}
