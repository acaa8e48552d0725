import { z } from 'zod';
import { TARGET_KINDS } from '../targets/current-due.js';

/** A month as 'YYYY-MM' (Athens time). */
const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'invalid_value');

/** One package's targets met and breached in a month (by the month of the due time). */
export const targetMonthSchema = z.object({
  month: z.string(),
  firstResponse: z.object({ met: z.number(), breached: z.number() }),
  resolution: z.object({ met: z.number(), breached: z.number() }),
});
export type TargetMonth = z.infer<typeof targetMonthSchema>;

/** A package's monthly figure, the latest month first. */
export const targetFiguresSchema = z.object({ items: z.array(targetMonthSchema) });
export type TargetFigures = z.infer<typeof targetFiguresSchema>;

export const targetFiguresQuerySchema = z.object({
  months: z.coerce
    .number<number>()
    .int('invalid_value')
    .min(1, 'too_small')
    .max(36, 'too_big')
    .default(12),
});

export const targetBreachesQuerySchema = z.object({
  /** Default: the current month. */
  month: monthSchema.optional(),
});

/** A target a ticket of the company missed (answered late, or still unanswered past due). */
export const targetBreachSchema = z.object({
  ticketNumber: z.number(),
  subject: z.string(),
  kind: z.enum(TARGET_KINDS),
  dueAt: z.iso.datetime(),
  /** When it was answered (first response) or closed (resolution); null: not yet. */
  metAt: z.iso.datetime().nullable(),
});
export type TargetBreach = z.infer<typeof targetBreachSchema>;

export const targetBreachesSchema = z.object({
  month: z.string(),
  items: z.array(targetBreachSchema),
});
export type TargetBreaches = z.infer<typeof targetBreachesSchema>;
