import { formatHoursWords } from '../../../shared/hours/index.js';
import type { Locale } from '../../../shared/roles.js';
import type { EmailData } from '../email-kinds.js';
import { notificationFooter, type RenderedEmail, renderLayout, type SiteInfo } from './layout.js';

/** A calendar date (YYYY-MM-DD) as dd/mm/yyyy. */
const day = (date: string) => date.split('-').reverse().join('/');

/** The statement of a package's ended period was issued: its closing balance, and a link. */
export function renderStatementIssued(
  data: EmailData['statement_issued'],
  locale: Locale,
  site: SiteInfo,
): RenderedEmail {
  const en = locale === 'en';
  const period = `${day(data.periodStartDate)} – ${day(data.periodLastDate)}`;
  const balance = formatHoursWords(data.closingBalanceMinutes, locale);
  const overage = formatHoursWords(data.overageMinutes, locale);
  return renderLayout(locale, site, {
    subject: en
      ? `Statement of «${data.packageName}» for ${period}`
      : `Κατάσταση ωρών «${data.packageName}» για την περίοδο ${period}`,
    paragraphs: [
      en
        ? `The period ${period} of «${data.packageName}» (${data.companyName}) has ended. Closing balance: ${balance}.`
        : `Η περίοδος ${period} του πακέτου «${data.packageName}» (${data.companyName}) έκλεισε. Υπόλοιπο κλεισίματος: ${balance}.`,
      data.overageMinutes > 0
        ? en
          ? `Overage: ${overage}.`
          : `Υπέρβαση: ${overage}.`
        : en
          ? 'No overage.'
          : 'Χωρίς υπέρβαση.',
    ],
    action: {
      label: en ? 'See the statement' : 'Προβολή κατάστασης',
      url: `${site.publicUrl}/hours/statements`,
    },
    footer: notificationFooter(locale, site),
  });
}
