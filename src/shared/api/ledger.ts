import { z } from 'zod';
import { localDateInputSchema } from '../input-dates.js';
import { MAX_INTEGER_ID } from '../input-numbers.js';
import { DISPUTE_STATUSES, LEDGER_KINDS } from '../ledger/ledger-kinds.js';

/** Why hours were adjusted or a dispute answered: required, kept with the line. */
export const LEDGER_REASON_MAX = 500;
/** A comment in a dispute's thread. */
export const DISPUTE_MESSAGE_MAX = 2000;
/** An adjustment by hand is at most a week's worth of minutes either way. */
export const MAX_ADJUSTMENT_MINUTES = 7 * 24 * 60;

const reasonSchema = z
  .string('required')
  .trim()
  .min(1, 'required')
  .max(LEDGER_REASON_MAX, 'too_long');
const messageSchema = z
  .string('required')
  .trim()
  .min(1, 'required')
  .max(DISPUTE_MESSAGE_MAX, 'too_long');
const localDateSchema = localDateInputSchema;
const minutesSchema = z
  .number('required')
  .int('invalid_value')
  .min(-MAX_ADJUSTMENT_MINUTES, 'too_small')
  .max(MAX_ADJUSTMENT_MINUTES, 'too_big')
  .refine((value) => value !== 0, 'invalid_value');

/** «Κίνηση ωρών»: filters by company (staff), package, period and ticket. */
export const ledgerQuerySchema = z.object({
  companyId: z.uuid('invalid_format').optional(),
  subscriptionId: z.uuid('invalid_format').optional(),
  /** The period's first day, with `subscriptionId`. */
  periodStartDate: localDateSchema.optional(),
  ticketNumber: z.coerce.number().int().min(1).max(MAX_INTEGER_ID, 'too_big').optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type LedgerQuery = z.input<typeof ledgerQuerySchema>;

export const ledgerEntryParamsSchema = z.object({ id: z.uuid('invalid_format') });
export const disputeParamsSchema = z.object({ id: z.uuid('invalid_format') });

const personSchema = z.object({ id: z.uuid(), name: z.string(), isStaff: z.boolean() });

export const disputeMessageSchema = z.object({
  id: z.uuid(),
  author: personSchema.nullable(),
  body: z.string(),
  at: z.iso.datetime(),
});

/** «Αμφισβήτηση» of one line, with its thread. */
export const disputeSchema = z.object({
  id: z.uuid(),
  entryId: z.uuid(),
  status: z.enum(DISPUTE_STATUSES),
  openedBy: personSchema.nullable(),
  openedAt: z.iso.datetime(),
  resolvedAt: z.iso.datetime().nullable(),
  /** The adjustment that corrected the line, when it was corrected. */
  correctionEntryId: z.uuid().nullable(),
  messages: z.array(disputeMessageSchema),
});
export type Dispute = z.infer<typeof disputeSchema>;

/** One line of the ledger, as the customer and staff read it. */
export const ledgerEntrySchema = z.object({
  id: z.uuid(),
  /** When the line was written. */
  at: z.iso.datetime(),
  kind: z.enum(LEDGER_KINDS),
  /** Signed: + charged, − given back. */
  minutes: z.number(),
  /** The instant that places it in its period (a task's start). */
  chargedAt: z.iso.datetime(),
  subscriptionId: z.uuid(),
  packageName: z.string(),
  periodStartDate: z.string(),
  periodLastDate: z.string().nullable(),
  ticket: z.object({ number: z.number(), subject: z.string() }).nullable(),
  taskId: z.uuid().nullable(),
  /** The task's description (after the change, or as it was when deleted). */
  description: z.string().nullable(),
  actor: personSchema.nullable(),
  reason: z.string().nullable(),
  /** Written after its period had ended: a late correction. */
  isLate: z.boolean(),
  /** Carried by a statement already issued. */
  isStated: z.boolean(),
  dispute: disputeSchema.nullable(),
  abilities: z.object({ dispute: z.boolean() }),
});
export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;

/** A period that has lines, for the filter. */
export const ledgerPeriodSchema = z.object({
  subscriptionId: z.uuid(),
  packageName: z.string(),
  periodStartDate: z.string(),
  periodLastDate: z.string().nullable(),
});

export const ledgerListSchema = z.object({
  items: z.array(ledgerEntrySchema),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  /** Sum of the minutes of every line the filters match (not only this page). */
  totalMinutes: z.number(),
  periods: z.array(ledgerPeriodSchema),
  timeZone: z.string(),
  abilities: z.object({ adjust: z.boolean() }),
});
export type LedgerList = z.infer<typeof ledgerListSchema>;

/** Staff: minutes added (+) or removed (−) by hand in the period containing `date`, with a reason. */
export const adjustmentRequestSchema = z.object({
  subscriptionId: z.uuid('invalid_format'),
  /** A day of the period to adjust, on the company's calendar. */
  date: localDateSchema,
  minutes: minutesSchema,
  reason: reasonSchema,
  ticketNumber: z.number().int().min(1).max(MAX_INTEGER_ID, 'too_big').optional(),
});
export type AdjustmentRequest = z.input<typeof adjustmentRequestSchema>;

/** A company_admin questions a line. */
export const openDisputeRequestSchema = z.object({ comment: messageSchema });
export type OpenDisputeRequest = z.input<typeof openDisputeRequestSchema>;

export const disputeMessageRequestSchema = z.object({ body: messageSchema });
export type DisputeMessageRequest = z.input<typeof disputeMessageRequestSchema>;

/** Staff close a dispute: correct the line (a new adjustment line) or explain it. */
export const resolveDisputeRequestSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('corrected'), minutes: minutesSchema, reason: reasonSchema }),
  z.object({ outcome: z.literal('explained'), reason: reasonSchema }),
]);
export type ResolveDisputeRequest = z.input<typeof resolveDisputeRequestSchema>;

/** The staff queue of disputes. */
export const disputeQueueItemSchema = z.object({
  dispute: disputeSchema,
  entry: ledgerEntrySchema,
  company: z.object({ id: z.uuid(), name: z.string() }),
});
export const disputeQueueSchema = z.object({ items: z.array(disputeQueueItemSchema) });
export type DisputeQueue = z.infer<typeof disputeQueueSchema>;
