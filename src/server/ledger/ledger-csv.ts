import type { LedgerEntry } from '../../shared/api/ledger.js';
import type { LedgerKind } from '../../shared/ledger/ledger-kinds.js';
import type { Locale } from '../../shared/roles.js';
import { csvDateTime, csvDocument } from '../http/csv.js';

// The customer's accountant reads this file: columns and kinds in the reader's language.
const HEADERS: Record<Locale, readonly string[]> = {
  el: [
    'Καταχώριση',
    'Κίνηση',
    'Πακέτο',
    'Περίοδος από',
    'Περίοδος έως',
    'Αίτημα',
    'Εργασία',
    'Έναρξη εργασίας',
    'Λεπτά',
    'Ώρες',
    'Από',
    'Αιτιολογία',
    'Μετά το κλείσιμο περιόδου',
  ],
  en: [
    'Recorded',
    'Movement',
    'Package',
    'Period from',
    'Period to',
    'Request',
    'Task',
    'Task started',
    'Minutes',
    'Hours',
    'By',
    'Reason',
    'After the period ended',
  ],
};

export const KIND_WORDS: Record<Locale, Record<LedgerKind, string>> = {
  el: {
    task_charged: 'Χρέωση εργασίας',
    task_edited: 'Διόρθωση εργασίας',
    task_moved: 'Μεταφορά εργασίας',
    task_deleted: 'Διαγραφή εργασίας',
    task_unbilled: 'Εργασία χωρίς χρέωση',
    task_billed: 'Εργασία με χρέωση',
    adjustment: 'Διόρθωση ωρών',
  },
  en: {
    task_charged: 'Task charged',
    task_edited: 'Task corrected',
    task_moved: 'Task moved',
    task_deleted: 'Task deleted',
    task_unbilled: 'Task made non-billable',
    task_billed: 'Task made billable',
    adjustment: 'Hours adjusted',
  },
};

const YES_NO: Record<Locale, [string, string]> = { el: ['Ναι', 'Όχι'], en: ['Yes', 'No'] };

/** Signed hours as a spreadsheet of that language reads a number: −45 → "-0,75" in Greek. */
export function decimalHours(minutes: number, locale: Locale): string {
  const text = (minutes / 60).toFixed(2);
  return locale === 'el' ? text.replace('.', ',') : text;
}

/** «Κίνηση ωρών» as a CSV file: one row per line, times on the company's clock. */
export function ledgerCsv(
  entries: readonly LedgerEntry[],
  locale: Locale,
  timeZone: string,
): string {
  const [yes, no] = YES_NO[locale];
  return csvDocument(
    HEADERS[locale],
    entries.map((entry) => [
      csvDateTime(new Date(entry.at), timeZone),
      KIND_WORDS[locale][entry.kind],
      entry.packageName,
      entry.periodStartDate,
      entry.periodLastDate ?? '',
      entry.ticket ? `#${entry.ticket.number}` : '',
      entry.description ?? '',
      csvDateTime(new Date(entry.chargedAt), timeZone),
      String(entry.minutes),
      decimalHours(entry.minutes, locale),
      entry.actor?.name ?? '',
      entry.reason ?? '',
      entry.isLate ? yes : no,
    ]),
  );
}
