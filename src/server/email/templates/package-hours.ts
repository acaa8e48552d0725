import { formatEuros, formatHoursWords } from '../../../shared/hours/index.js';
import type { Locale } from '../../../shared/roles.js';
import type { EmailData } from '../email-kinds.js';
import { notificationFooter, type RenderedEmail, renderLayout, type SiteInfo } from './layout.js';

/** A calendar date (YYYY-MM-DD) as dd/mm/yyyy. */
const day = (date: string) => date.split('-').reverse().join('/');

/** A package reached 80 % or 100 % of its hours in the current period. */
export function renderPackageHours(
  data: EmailData['package_hours'],
  locale: Locale,
  site: SiteInfo,
): RenderedEmail {
  const en = locale === 'en';
  const isFull = data.thresholdPercent === 100;
  const used = formatHoursWords(data.usedMinutes, locale);
  const allowance = formatHoursWords(data.allowanceMinutes, locale);
  const period = data.periodLastDate
    ? `${day(data.periodStartDate)} – ${day(data.periodLastDate)}`
    : en
      ? `from ${day(data.periodStartDate)}`
      : `από ${day(data.periodStartDate)}`;
  const subject = en
    ? isFull
      ? `«${data.packageName}» of ${data.companyName} has used all its hours`
      : `«${data.packageName}» of ${data.companyName} has used 80% of its hours`
    : isFull
      ? `Το πακέτο «${data.packageName}» της ${data.companyName} εξάντλησε τις ώρες του`
      : `Το πακέτο «${data.packageName}» της ${data.companyName} έφτασε το 80% των ωρών του`;
  const url =
    data.audience === 'staff'
      ? `${site.publicUrl}/staff/companies/${data.companyId}`
      : `${site.publicUrl}/`;
  // What comes next: the extra hours the company still has go first, then overage at its price.
  const extra =
    data.extraMinutes && data.extraMinutes > 0
      ? [
          en
            ? `Your rolled-over hours and extra hour blocks (${formatHoursWords(data.extraMinutes, locale)} left) are used before any overage.`
            : `Οι ώρες που μεταφέρθηκαν και τα επιπλέον πακέτα ωρών (απομένουν ${formatHoursWords(data.extraMinutes, locale)}) χρησιμοποιούνται πριν από οποιαδήποτε υπέρβαση.`,
        ]
      : [];
  const offers =
    data.audience === 'customer' && data.blockOffers && data.blockOffers.length > 0
      ? [
          (en
            ? 'Extra hours on offer (ask for them on the central screen, «Buy more hours»):\n'
            : 'Επιπλέον ώρες που προσφέρονται (ζητήστε τις από την κεντρική οθόνη, «Αγορά επιπλέον ωρών»):\n') +
            data.blockOffers
              .map(
                (offer) =>
                  `• ${offer.name}: ${formatHoursWords(offer.minutes, locale)}, ${formatEuros(Math.round(offer.price * 100), locale)}`,
              )
              .join('\n'),
        ]
      : [];
  // The price of each hour past the package, when it has one.
  const rate =
    data.overageRatePerHour == null
      ? []
      : [
          en
            ? `Each hour past the package is charged at ${formatEuros(Math.round(data.overageRatePerHour * 100), locale)}.`
            : `Κάθε ώρα πέρα από το πακέτο χρεώνεται ${formatEuros(Math.round(data.overageRatePerHour * 100), locale)}.`,
        ];
  return renderLayout(locale, site, {
    subject,
    paragraphs: [
      en
        ? `${used} of the ${allowance} of «${data.packageName}» are used in the period ${period}.`
        : `Έχουν χρησιμοποιηθεί ${used} από τις ${allowance} του πακέτου «${data.packageName}» στην περίοδο ${period}.`,
      isFull
        ? en
          ? 'Further work in this period counts as overage, shown as such on the central screen.'
          : 'Όση εργασία γίνει ακόμη σε αυτή την περίοδο μετρά ως υπέρβαση και φαίνεται ως τέτοια στην κεντρική οθόνη.'
        : en
          ? 'The central screen shows the remaining hours live.'
          : 'Η κεντρική οθόνη δείχνει ζωντανά τις ώρες που απομένουν.',
      ...extra,
      ...rate,
      ...offers,
    ],
    action: {
      label: en ? 'See the hours' : 'Προβολή ωρών',
      url,
    },
    footer: notificationFooter(locale, site),
  });
}
