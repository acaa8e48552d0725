import { z } from 'zod';
import { localDateInputSchema } from '../input-dates.js';
import { LEDGER_KINDS } from '../ledger/ledger-kinds.js';

/** One ledger line as a statement carries it (frozen when issued). */
export const statementLineSchema = z.object({
  id: z.uuid(),
  kind: z.enum(LEDGER_KINDS),
  minutes: z.number(),
  at: z.iso.datetime(),
  chargedAt: z.iso.datetime(),
  periodStartDate: z.string(),
  periodLastDate: z.string().nullable(),
  ticketNumber: z.number().nullable(),
  ticketSubject: z.string().nullable(),
  description: z.string().nullable(),
  reason: z.string().nullable(),
});
export type StatementLine = z.infer<typeof statementLineSchema>;

/**
 * The figures of a statement, in whole minutes. They reconcile with the ledger
 * to the minute: closing = opening + allowance − charged − adjustments − corrections,
 * where charged + adjustments + corrections is the sum of the lines it carries.
 */
export const statementFiguresSchema = z.object({
  companyName: z.string(),
  packageName: z.string(),
  timeZone: z.string(),
  periodStartDate: z.string(),
  periodLastDate: z.string(),
  /** Carried in from earlier periods: 0 today, as packages do not roll over. */
  openingBalanceMinutes: z.number(),
  /** The period's hours. */
  allowanceMinutes: z.number(),
  /** Work charged to the period (tasks, their edits, moves and deletions). */
  chargedMinutes: z.number(),
  /** Staff adjustments to the period. */
  adjustmentMinutes: z.number(),
  /** Lines of earlier periods written after their statement was issued. */
  correctionMinutes: z.number(),
  closingBalanceMinutes: z.number(),
  /**
   * Billed as overage: max(0, −closing) less what rolled-over hours and prepaid
   * blocks covered of it (the allocation's order of use, as the central screen
   * shows it). Older statements (without coveredByExtraMinutes) froze max(0, −closing).
   */
  overageMinutes: z.number(),
  /** Of max(0, −closing), the minutes rolled-over hours and blocks covered (absent on older statements). */
  coveredByExtraMinutes: z.number().optional(),
  /** The package's euros per overage hour when issued; null (or absent, on older statements) when not priced. */
  overageRatePerHour: z.number().nullable().optional(),
  /** The overage priced by overageChargeCents; null (or absent) when not priced. */
  overageChargeCents: z.number().nullable().optional(),
  byTicket: z.array(
    z.object({
      ticketNumber: z.number().nullable(),
      subject: z.string().nullable(),
      minutes: z.number(),
    }),
  ),
  lines: z.array(statementLineSchema),
});
export type StatementFigures = z.infer<typeof statementFiguresSchema>;

/** A statement as listed, with its figures. */
export const statementSchema = z.object({
  id: z.uuid(),
  subscriptionId: z.uuid(),
  periodIndex: z.number(),
  issuedAt: z.iso.datetime(),
  figures: statementFiguresSchema,
});
export type Statement = z.infer<typeof statementSchema>;

export const statementListQuerySchema = z.object({
  companyId: z.uuid('invalid_format').optional(),
});
export const statementListSchema = z.object({ items: z.array(statementSchema) });
export type StatementList = z.infer<typeof statementListSchema>;

export const statementParamsSchema = z.object({ id: z.uuid('invalid_format') });

/** Staff: issue the statement of an ended period now (the hourly job does it by itself). */
export const issueStatementRequestSchema = z.object({
  periodStartDate: localDateInputSchema,
});
