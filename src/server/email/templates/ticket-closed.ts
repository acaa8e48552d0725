import type { Locale } from '../../../shared/roles.js';
import type { EmailData } from '../email-kinds.js';
import {
  notificationFooter,
  type RenderedEmail,
  renderLayout,
  type SiteInfo,
  ticketUrl,
} from './layout.js';

/** «Πώς τα πήγαμε;»: one link per answer; the page they open records nothing until a button is pressed. */
function ratingChoices(token: string, en: boolean, site: SiteInfo) {
  const url = (rating: 'good' | 'bad') =>
    `${site.publicUrl}/rate/${encodeURIComponent(token)}?rating=${rating}`;
  return {
    prompt: en ? 'How did we do?' : 'Πώς τα πήγαμε;',
    links: [
      { label: en ? '👍 Good service' : '👍 Καλή εξυπηρέτηση', url: url('good') },
      { label: en ? '👎 Bad service' : '👎 Κακή εξυπηρέτηση', url: url('bad') },
    ],
  };
}

/** To the requester: staff closed their ticket, perhaps with a last message. */
export function renderTicketClosed(
  data: EmailData['ticket_closed'],
  locale: Locale,
  site: SiteInfo,
): RenderedEmail {
  const tag = `[#${data.ticketNumber}]`;
  const en = locale === 'en';
  return renderLayout(locale, site, {
    subject: en
      ? `${tag} Ticket closed: ${data.subject}`
      : `${tag} Το αίτημα έκλεισε: ${data.subject}`,
    paragraphs: [
      en
        ? `${data.closedByName} closed your ticket #${data.ticketNumber} «${data.subject}».`
        : `${data.closedByName} έκλεισε το αίτημά σας #${data.ticketNumber} «${data.subject}».`,
      en
        ? 'If something is still not right, reply on the ticket and it opens again.'
        : 'Αν κάτι δεν έχει λυθεί, απαντήστε στο αίτημα και θα ανοίξει ξανά.',
    ],
    ...(data.lastMessage ? { quote: { author: data.closedByName, body: data.lastMessage } } : {}),
    action: {
      label: en ? 'View the ticket' : 'Προβολή αιτήματος',
      url: ticketUrl(site, data.ticketNumber),
    },
    ...(data.ratingToken ? { choices: ratingChoices(data.ratingToken, en, site) } : {}),
    footer: notificationFooter(locale, site),
  });
}
