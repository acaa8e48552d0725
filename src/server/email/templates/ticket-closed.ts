import type { Locale } from '../../../shared/roles.js';
import type { EmailData } from '../email-kinds.js';
import {
  notificationFooter,
  type RenderedEmail,
  renderLayout,
  type SiteInfo,
  singleUseChoices,
  ticketUrl,
} from './layout.js';

/** «Πώς τα πήγαμε;» by single-use link, one per answer. */
const ratingChoices = (token: string, en: boolean, site: SiteInfo) =>
  singleUseChoices(
    site,
    { page: 'rate', token, param: 'rating' },
    en ? 'How did we do?' : 'Πώς τα πήγαμε;',
    [
      { value: 'good', label: en ? '👍 Good service' : '👍 Καλή εξυπηρέτηση' },
      { value: 'bad', label: en ? '👎 Bad service' : '👎 Κακή εξυπηρέτηση' },
    ],
  );

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
