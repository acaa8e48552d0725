import { formatHoursWords } from '../../../shared/hours/index.js';
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

/** «Έγκριση» / «Απόρριψη» by single-use link. */
const decisionChoices = (token: string, en: boolean, site: SiteInfo) =>
  singleUseChoices(
    site,
    { page: 'estimate', token, param: 'decision' },
    en ? 'Do you approve this estimate?' : 'Εγκρίνετε την εκτίμηση;',
    [
      { value: 'approve', label: en ? 'Approve' : 'Έγκριση' },
      { value: 'decline', label: en ? 'Decline' : 'Απόρριψη' },
    ],
  );

/** To the requester and the following company_admins: staff ask to approve hours on a ticket. */
export function renderEstimateAdded(
  data: EmailData['estimate_added'],
  locale: Locale,
  site: SiteInfo,
): RenderedEmail {
  const tag = `[#${data.ticketNumber}]`;
  const en = locale === 'en';
  const hours = formatHoursWords(data.minutes, locale);
  return renderLayout(locale, site, {
    subject: en
      ? `${tag} Estimate for approval: ${hours}`
      : `${tag} Εκτίμηση για έγκριση: ${hours}`,
    paragraphs: [
      en
        ? `${data.authorName} estimates ${hours} of billable work on ticket #${data.ticketNumber} «${data.subject}».`
        : `${data.authorName} εκτιμά ${hours} χρεώσιμης εργασίας για το αίτημα #${data.ticketNumber} «${data.subject}».`,
      en
        ? 'Billable work on the ticket goes on once the estimate is approved, up to its hours.'
        : 'Η χρεώσιμη εργασία στο αίτημα συνεχίζεται μόλις εγκριθεί η εκτίμηση, έως τις ώρες της.',
    ],
    quote: { author: en ? 'What is included' : 'Τι περιλαμβάνει', body: data.included },
    action: {
      label: en ? 'View the ticket' : 'Προβολή αιτήματος',
      url: ticketUrl(site, data.ticketNumber),
    },
    ...(data.token ? { choices: decisionChoices(data.token, en, site) } : {}),
    footer: notificationFooter(locale, site),
  });
}
