import { z } from 'zod';
import { TARGET_KINDS } from '../targets/current-due.js';
import {
  TICKET_EVENT_KINDS,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
} from '../tickets/ticket-status.js';

export const SUBJECT_MAX = 200;
export const BODY_MAX = 20_000;

const linkSchema = z
  .string()
  .trim()
  .max(2000, 'too_long')
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'invalid_url');

const attachmentIdsSchema = z.array(z.uuid('invalid_value')).max(100, 'too_big').default([]);

/** «Υποβολή αιτήματος»: what a customer sends to open a ticket. Files are uploaded first. */
export const createTicketRequestSchema = z.object({
  subject: z.string('required').trim().min(1, 'required').max(SUBJECT_MAX, 'too_long'),
  subscriptionId: z.uuid('required').nullable().default(null),
  description: z.string('required').trim().min(1, 'required').max(BODY_MAX, 'too_long'),
  link: z
    .union([z.literal(''), linkSchema])
    .nullable()
    .default(null)
    .transform((value) => value || null),
  attachmentIds: attachmentIdsSchema,
  /** Staff opening a ticket for a customer: the contact it is for (their company is the ticket's). */
  requesterId: z.uuid('invalid_value').optional(),
});
export type CreateTicketRequest = z.input<typeof createTicketRequestSchema>;

/** Staff ask for the options of the company they open a ticket for. */
export const ticketFormOptionsQuerySchema = z.object({
  companyId: z.uuid('invalid_value').optional(),
});

/** «Απάντηση», or a staff member's internal note. */
export const replyRequestSchema = z.object({
  body: z.string('required').trim().min(1, 'required').max(BODY_MAX, 'too_long'),
  isInternal: z.boolean().default(false),
  attachmentIds: attachmentIdsSchema,
  /**
   * Staff only, «Αναμονή απάντησης πελάτη»: true waits for the customer, false keeps the
   * ticket with staff; left out, the reply waits unless a task runs on the ticket
   * (docs/ticket-status.md). A customer's reply ignores it.
   */
  waitForCustomer: z.boolean().optional(),
});
export type ReplyRequest = z.input<typeof replyRequestSchema>;
/** A reply as the server reads it, defaults filled in. */
export type ParsedReplyRequest = z.output<typeof replyRequestSchema>;

export const closeRequestSchema = z.object({
  body: z.string().trim().max(BODY_MAX, 'too_long').optional(),
});

export const updateTicketRequestSchema = z.object({
  status: z.enum(TICKET_STATUSES).optional(),
  priority: z.enum(TICKET_PRIORITIES).optional(),
  assigneeId: z.uuid('invalid_value').nullable().optional(),
  /**
   * The package to charge a ticket that has none yet (one that came by email while
   * the company had several): one of the company's active subscriptions.
   */
  subscriptionId: z.uuid('invalid_value').optional(),
});

export const ticketNumberParamsSchema = z.object({
  number: z.coerce.number().int().min(1).max(2_147_483_647),
});

export const TICKET_SORTS = ['lastActivity', 'created', 'number', 'subject'] as const;

/**
 * A yes/no in a query string: `true`/`false` as text (or a boolean from code).
 * Not z.coerce.boolean, which reads any non-empty text, «false» included, as true.
 */
const queryFlag = z.union([
  z.boolean(),
  z.enum(['true', 'false'], 'invalid_value').transform((text) => text === 'true'),
]);

export const ticketListQuerySchema = z.object({
  state: z.enum(['open', 'closed', 'all']).default('open'),
  status: z.enum(TICKET_STATUSES).optional(),
  q: z.string().trim().max(200).optional(),
  companyId: z.uuid().optional(),
  assigneeId: z.uuid().optional(),
  subscriptionId: z.uuid().optional(),
  mine: queryFlag.optional(),
  unassigned: queryFlag.optional(),
  /** Only tickets past a due time (the first response, or the resolution while it runs). */
  overdue: queryFlag.optional(),
  sort: z.enum(TICKET_SORTS).default('lastActivity'),
  direction: z.enum(['asc', 'desc']).default('desc'),
  page: z.coerce.number<number>().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number<number>().int().min(1).max(100).default(25),
  /**
   * The previous page's `nextCursor`: this page starts right after it (keyset paging,
   * as fast on page 2,000 as on page 1). `page` then only says which page it is.
   */
  cursor: z.string().max(2000).optional(),
});
/** What code sends: the flags as booleans (a typed-in address may carry «true»/«false» as text). */
export type TicketListQuery = Omit<
  z.input<typeof ticketListQuerySchema>,
  'mine' | 'unassigned' | 'overdue'
> & {
  mine?: boolean;
  unassigned?: boolean;
  overdue?: boolean;
};

const personSchema = z.object({ id: z.uuid(), name: z.string(), isStaff: z.boolean() });

export const attachmentSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  sizeBytes: z.number(),
  contentType: z.string(),
  /** True for images the browser may show inline as a thumbnail. */
  isImage: z.boolean(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const ticketSummarySchema = z.object({
  id: z.uuid(),
  number: z.number(),
  subject: z.string(),
  status: z.enum(TICKET_STATUSES),
  priority: z.enum(TICKET_PRIORITIES),
  company: z.object({ id: z.uuid(), name: z.string() }),
  requester: personSchema,
  assignee: personSchema.nullable(),
  packageName: z.string().nullable(),
  subscriptionId: z.uuid().nullable(),
  createdAt: z.iso.datetime(),
  lastActivityAt: z.iso.datetime(),
  closedAt: z.iso.datetime().nullable(),
  /** Minutes of work logged on the ticket so far (billable and not). */
  minutesSpent: z.number(),
  /** It has no package while its company has active ones (it came by email): staff choose one. */
  needsPackage: z.boolean(),
  /**
   * The package's target the ticket runs against now (src/shared/targets/current-due.ts):
   * the first response, then the resolution; null while nothing is due.
   */
  due: z.object({ kind: z.enum(TARGET_KINDS), at: z.iso.datetime() }).nullable(),
});
export type TicketSummary = z.infer<typeof ticketSummarySchema>;

/** A row of a ticket list, for the person reading it. */
export const ticketListItemSchema = ticketSummarySchema.extend({
  /** Something happened on it (a reply, a status change) since this person last opened it. */
  hasNews: z.boolean(),
  /** Since when the customer has waited for staff (their first unanswered public message); null when not waiting. */
  waitingSince: z.iso.datetime().nullable(),
  /** The latest public message: who wrote it and when; null before any. */
  lastReply: z.object({ at: z.iso.datetime(), name: z.string(), isStaff: z.boolean() }).nullable(),
});
export type TicketListItem = z.infer<typeof ticketListItemSchema>;

export const ticketListSchema = z.object({
  items: z.array(ticketListItemSchema),
  /** How many match, counted up to 1,000; see isTotalCapped. */
  total: z.number(),
  /** True when more than `total` match: show "more than 1,000". */
  isTotalCapped: z.boolean(),
  page: z.number(),
  pageSize: z.number(),
  /** Pass as `cursor` (with page + 1) for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
});
export type TicketList = z.infer<typeof ticketListSchema>;

export const threadMessageSchema = z.object({
  type: z.literal('message'),
  id: z.uuid(),
  author: personSchema,
  body: z.string(),
  isInternal: z.boolean(),
  createdAt: z.iso.datetime(),
  attachments: z.array(attachmentSchema),
  /** It came by email (a reply from a mail client, or a mail that opened the ticket). */
  viaEmail: z.boolean(),
  /** Files of the email that were not taken, named so that nothing is silently dropped. */
  refusedFiles: z.array(
    z.object({ fileName: z.string(), reason: z.enum(['too_big', 'too_many', 'empty']) }),
  ),
  /**
   * The whole original email (.eml) at /api/inbound-emails/{id}/original: for staff
   * and the message's author only; null otherwise or for messages written in the portal.
   */
  originalEmailId: z.uuid().nullable(),
});

export type ThreadMessage = z.infer<typeof threadMessageSchema>;

export const threadEventSchema = z.object({
  type: z.literal('event'),
  id: z.uuid(),
  kind: z.enum(TICKET_EVENT_KINDS),
  actor: personSchema.nullable(),
  data: z.record(z.string(), z.string().nullable()),
  createdAt: z.iso.datetime(),
});

export type ThreadEvent = z.infer<typeof threadEventSchema>;

export const threadItemSchema = z.discriminatedUnion('type', [
  threadMessageSchema,
  threadEventSchema,
]);
export type ThreadItem = z.infer<typeof threadItemSchema>;

export const ticketDetailSchema = ticketSummarySchema.extend({
  link: z.string().nullable(),
  /** The description first, then every message and event in time order. */
  thread: z.array(threadItemSchema),
  abilities: z.object({
    reply: z.boolean(),
    addInternalNote: z.boolean(),
    manage: z.boolean(),
  }),
});
export type TicketDetail = z.infer<typeof ticketDetailSchema>;

/**
 * What a reply (or internal note) answers: the message it wrote, the events it
 * caused (a status change) and the ticket's state after it — not the whole thread.
 */
export const replyResultSchema = z.object({
  number: z.number(),
  status: z.enum(TICKET_STATUSES),
  closedAt: z.iso.datetime().nullable(),
  lastActivityAt: z.iso.datetime(),
  message: threadMessageSchema,
  events: z.array(threadEventSchema),
});
export type ReplyResult = z.infer<typeof replyResultSchema>;

/**
 * `Idempotency-Key` on a reply or a new ticket: a fresh random value per submission,
 * kept across that submission's retries. A retry with the same key gets the first
 * answer again and posts nothing; the same key with a different request is a 422
 * (`idempotency_key_reused`). Keys are remembered for 24 hours, per user.
 * Loose: the request's other headers pass through untouched.
 */
export const idempotencyHeadersSchema = z.looseObject({
  'idempotency-key': z
    .string()
    .trim()
    .min(8, 'too_short')
    .max(200, 'too_long')
    .regex(/^[\x21-\x7e]+$/, 'invalid_format')
    .optional(),
});

export const uploadSchema = attachmentSchema;

export const uploadLimitsSchema = z.object({ maxFileBytes: z.number(), maxFiles: z.number() });

export const subscriptionOptionSchema = z.object({
  id: z.uuid(),
  packageName: z.string(),
  periodKind: z.enum(['monthly', 'yearly', 'one_off']),
});
export const ticketFormOptionsSchema = z.object({
  subscriptions: z.array(subscriptionOptionSchema),
  uploadLimits: uploadLimitsSchema,
});
export type TicketFormOptions = z.infer<typeof ticketFormOptionsSchema>;

export const staffMemberListSchema = z.object({ items: z.array(personSchema) });
