import type { StatementFigures } from '../../shared/api/statements.js';
import type { Locale } from '../../shared/roles.js';
import { csvDateTime, csvDocument } from '../http/csv.js';
import { decimalHours, KIND_WORDS } from '../ledger/ledger-csv.js';

const WORDS = {
  el: {
    header: [
      'Κίνηση',
      'Περίοδος από',
      'Αίτημα',
      'Εργασία',
      'Αιτιολογία',
      'Έναρξη εργασίας',
      'Λεπτά',
      'Ώρες',
    ],
    opening: 'Υπόλοιπο έναρξης',
    allowance: 'Ώρες περιόδου',
    closing: 'Υπόλοιπο κλεισίματος',
    overage: 'Υπέρβαση',
    overageCharge: 'Χρέωση υπέρβασης (€)',
  },
  en: {
    header: [
      'Movement',
      'Period from',
      'Request',
      'Task',
      'Reason',
      'Task started',
      'Minutes',
      'Hours',
    ],
    opening: 'Opening balance',
    allowance: 'Hours of the period',
    closing: 'Closing balance',
    overage: 'Overage',
    overageCharge: 'Overage charge (€)',
  },
} as const;

/** Cents as a plain decimal for a spreadsheet: «1234,50» in Greek, «1234.50» in English. */
const euros = (cents: number, locale: Locale) => {
  const text = (cents / 100).toFixed(2);
  return locale === 'el' ? text.replace('.', ',') : text;
};

/** A statement as CSV: the balance rows around every line it carries; the minutes add up. */
export function statementCsv(figures: StatementFigures, locale: Locale): string {
  const w = WORDS[locale];
  const total = (label: string, minutes: number) => [
    label,
    figures.periodStartDate,
    '',
    '',
    '',
    '',
    String(minutes),
    decimalHours(minutes, locale),
  ];
  return csvDocument(w.header, [
    total(w.opening, figures.openingBalanceMinutes),
    total(w.allowance, figures.allowanceMinutes),
    ...figures.lines.map((line) => [
      KIND_WORDS[locale][line.kind],
      line.periodStartDate,
      line.ticketNumber === null ? '' : `#${line.ticketNumber}`,
      line.description ?? '',
      line.reason ?? '',
      csvDateTime(new Date(line.chargedAt), figures.timeZone),
      String(-line.minutes),
      decimalHours(-line.minutes, locale),
    ]),
    total(w.closing, figures.closingBalanceMinutes),
    total(w.overage, figures.overageMinutes),
    // The price of the overage, when the package has a rate: euros in the last column.
    ...(figures.overageChargeCents == null
      ? []
      : [
          [
            w.overageCharge,
            figures.periodStartDate,
            '',
            '',
            '',
            '',
            '',
            euros(figures.overageChargeCents, locale),
          ],
        ]),
  ]);
}
