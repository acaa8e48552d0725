import type { Task } from '../../shared/api/tasks.js';
import type { Locale } from '../../shared/roles.js';
import { csvDateTime, csvDocument } from '../http/csv.js';

// The customer's accountant reads this file: columns in the reader's language.
const HEADERS: Record<Locale, readonly string[]> = {
  el: [
    'Έναρξη',
    'Λήξη',
    'Αίτημα',
    'Θέμα',
    'Επιχείρηση',
    'Πακέτο',
    'Εργασία',
    'Από',
    'Λεπτά εργασίας',
    'Χρεώσιμη',
    'Λεπτά χρέωσης',
    'Ώρες χρέωσης',
  ],
  en: [
    'Started',
    'Ended',
    'Request',
    'Subject',
    'Company',
    'Package',
    'Task',
    'By',
    'Minutes worked',
    'Billable',
    'Minutes charged',
    'Hours charged',
  ],
};

const YES_NO: Record<Locale, [string, string]> = { el: ['Ναι', 'Όχι'], en: ['Yes', 'No'] };

/** Hours as a spreadsheet of that language reads a number: 45 minutes → "0,75" in Greek, "0.75" in English. */
function decimalHours(minutes: number, locale: Locale): string {
  const text = (minutes / 60).toFixed(2);
  return locale === 'el' ? text.replace('.', ',') : text;
}

/** Finished tasks as a CSV file: one row each, times on the company's clock. */
export function tasksCsv(tasks: readonly Task[], locale: Locale, timeZone: string): string {
  const [yes, no] = YES_NO[locale];
  return csvDocument(
    HEADERS[locale],
    tasks.map((task) => [
      csvDateTime(new Date(task.startedAt), timeZone),
      task.endedAt ? csvDateTime(new Date(task.endedAt), timeZone) : '',
      `#${task.ticket.number}`,
      task.ticket.subject,
      task.company.name,
      task.packageName ?? '',
      task.description,
      task.staff.name,
      String(Math.floor(task.durationSeconds / 60)),
      task.isBillable ? yes : no,
      String(task.billableMinutes),
      decimalHours(task.billableMinutes, locale),
    ]),
  );
}
