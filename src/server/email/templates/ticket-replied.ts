import type { Locale } from '../../../shared/roles.js';
import type { EmailData } from '../email-kinds.js';
import {
  notificationFooter,
  type RenderedEmail,
  renderLayout,
  type SiteInfo,
  ticketUrl,
} from './layout.js';

/** A public reply on a ticket: to the customer side (staff replied) or to staff (the customer replied). */
export function renderTicketReplied(
  data: EmailData['ticket_replied'],
  locale: Locale,
  site: SiteInfo,
): RenderedEmail {
  const tag = `[#${data.ticketNumber}]`;
  const en = locale === 'en';
  const toCustomer = data.audience === 'customer';
  const subject = toCustomer
    ? en
      ? `${tag} New reply: ${data.subject}`
      : `${tag} Νέα απάντηση: ${data.subject}`
    : en
      ? `${tag} Customer reply: ${data.subject}`
      : `${tag} Απάντηση πελάτη: ${data.subject}`;
  const intro = toCustomer
    ? en
      ? `${data.authorName} of ${site.companyName} replied to your ticket #${data.ticketNumber} «${data.subject}».`
      : `${data.authorName} από ${site.companyName} απάντησε στο αίτημά σας #${data.ticketNumber} «${data.subject}».`
    : en
      ? `${data.authorName} replied on ticket #${data.ticketNumber} «${data.subject}».`
      : `${data.authorName} απάντησε στο αίτημα #${data.ticketNumber} «${data.subject}».`;
  return renderLayout(locale, site, {
    subject,
    paragraphs: [intro],
    quote: { author: data.authorName, body: data.body },
    action: {
      label: toCustomer
        ? en
          ? 'Reply'
          : 'Απάντηση'
        : en
          ? 'Open the ticket'
          : 'Άνοιγμα αιτήματος',
      url: ticketUrl(site, data.ticketNumber),
    },
    footer: notificationFooter(locale, site),
  });
}
