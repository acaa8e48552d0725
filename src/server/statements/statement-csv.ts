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
  },
} as const;

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
  ]);
}
