import { formatHoursWords } from '../../../shared/hours/index.js';
import type { Locale } from '../../../shared/roles.js';
import type { EmailData } from '../email-kinds.js';
import { notificationFooter, type RenderedEmail, renderLayout, type SiteInfo } from './layout.js';

/** A calendar date (YYYY-MM-DD) as dd/mm/yyyy. */
const day = (date: string) => date.split('-').reverse().join('/');

const euros = (amount: number, locale: Locale) =>
  new Intl.NumberFormat(locale === 'en' ? 'en-IE' : 'el-GR', {
    style: 'currency',
    currency: 'EUR',
  }).format(amount);

/** «Αγορά επιπλέον ωρών»: a block asked for, confirmed, declined, or added by staff. */
export function renderHourBlock(
  data: EmailData['hour_block'],
  locale: Locale,
  site: SiteInfo,
): RenderedEmail {
  const en = locale === 'en';
  const block = `«${data.blockName}» (${formatHoursWords(data.minutes, locale)}, ${euros(data.price, locale)})`;
  const validity =
    data.startsOn && data.validUntil
      ? en
        ? `Valid from ${day(data.startsOn)} to ${day(data.validUntil)}.`
        : `Ισχύει από ${day(data.startsOn)} έως ${day(data.validUntil)}.`
      : '';
  const texts = {
    requested: {
      subject: en
        ? `${data.companyName} asks for more hours: ${data.blockName}`
        : `Αίτημα για επιπλέον ώρες από ${data.companyName}: ${data.blockName}`,
      lead: en
        ? `${data.companyName} asks for the block ${block}. Confirm it or decline it on the company's page.`
        : `Η επιχείρηση ${data.companyName} ζητά το πακέτο ωρών ${block}. Επιβεβαιώστε ή απορρίψτε το στη σελίδα της επιχείρησης.`,
    },
    confirmed: {
      subject: en
        ? `Your extra hours are active: ${data.blockName}`
        : `Οι επιπλέον ώρες σας ενεργοποιήθηκαν: ${data.blockName}`,
      lead: en ? `The block ${block} is active.` : `Το πακέτο ωρών ${block} είναι ενεργό.`,
    },
    granted: {
      subject: en
        ? `Extra hours added: ${data.blockName}`
        : `Προστέθηκαν επιπλέον ώρες: ${data.blockName}`,
      lead: en
        ? `Support added the block ${block} to ${data.companyName}.`
        : `Η υποστήριξη πρόσθεσε το πακέτο ωρών ${block} στην επιχείρηση ${data.companyName}.`,
    },
    declined: {
      subject: en
        ? `Your request for extra hours was declined: ${data.blockName}`
        : `Το αίτημα για επιπλέον ώρες απορρίφθηκε: ${data.blockName}`,
      lead: en
        ? `The request for the block ${block} was declined. Reason: ${data.reason ?? ''}`
        : `Το αίτημα για το πακέτο ωρών ${block} απορρίφθηκε. Αιτιολογία: ${data.reason ?? ''}`,
    },
  }[data.event];
  const url =
    data.audience === 'staff'
      ? `${site.publicUrl}/staff/companies/${data.companyId}`
      : `${site.publicUrl}/`;
  return renderLayout(locale, site, {
    subject: texts.subject,
    paragraphs: [texts.lead, ...(validity && data.event !== 'declined' ? [validity] : [])],
    action: { label: en ? 'See the hours' : 'Προβολή ωρών', url },
    footer: notificationFooter(locale, site),
  });
}
