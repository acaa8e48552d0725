import { z } from 'zod';

/**
 * Dates a support portal can mean: work logged, packages, periods, filters. Anything
 * outside is a typing mistake (year 20 for 2020) or an attack, and refused at the
 * boundary, before it reaches the hours code or the database (whose dates before
 * year 1000 JavaScript cannot even read back).
 */
export const EARLIEST_DATE = '2000-01-01';
export const LATEST_DATE = '2100-12-31';
const EARLIEST_INSTANT_MS = Date.parse(`${EARLIEST_DATE}T00:00:00Z`);
// The day after the latest date, so every time zone's last day still fits.
const END_OF_RANGE_MS = Date.parse('2101-01-02T00:00:00Z');

/** The parameters of the `date_out_of_range` field error, for its message. */
export const DATE_RANGE_PARAMS = { min: EARLIEST_DATE, max: LATEST_DATE };

function outOfRange(context: z.RefinementCtx): void {
  context.addIssue({ code: 'custom', message: 'date_out_of_range', params: DATE_RANGE_PARAMS });
}

/** An instant with its offset (`2025-03-01T09:30:00+02:00`), between 2000 and 2100. */
export const instantInputSchema = z.iso
  .datetime({
    offset: true,
    error: (issue) => (issue.input === undefined ? 'required' : 'invalid_format'),
  })
  .superRefine((value, context) => {
    const ms = Date.parse(value);
    // A garbled value already has its invalid_format issue; one issue per field.
    if (Number.isNaN(ms)) return;
    if (ms < EARLIEST_INSTANT_MS || ms >= END_OF_RANGE_MS) outOfRange(context);
  });

/** A calendar day (`2025-03-01`) that exists, between 2000 and 2100. */
export const localDateInputSchema = z.iso
  .date({ error: (issue) => (issue.input === undefined ? 'required' : 'invalid_format') })
  .superRefine((value, context) => {
    if (!/^\d{4}-\d\d-\d\d$/.test(value)) return;
    if (value < EARLIEST_DATE || value > LATEST_DATE) outOfRange(context);
  });

/** A calendar month (`2025-03`), between 2000 and 2100. */
export const monthInputSchema = z
  .string('required')
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'invalid_format')
  .superRefine((value, context) => {
    if (!/^\d{4}-\d\d$/.test(value)) return;
    if (value < EARLIEST_DATE.slice(0, 7) || value > LATEST_DATE.slice(0, 7)) outOfRange(context);
  });

/** For `.superRefine` on objects with a range: the end may not come before the start. */
export function endNotBeforeStart<K extends string>(startKey: K, endKey: K) {
  return (value: Partial<Record<K, string | null | undefined>>, context: z.RefinementCtx) => {
    const start = value[startKey];
    const end = value[endKey];
    if (start && end && end < start) {
      context.addIssue({ code: 'custom', path: [endKey], message: 'end_before_start' });
    }
  };
}
