import { z } from 'zod';
import { personNameSchema } from './users.js';

/** How the connection to the IMAP server is protected: TLS from the start (993), STARTTLS (143), or none (a server on this machine only). */
export const MAILBOX_SECURITIES = ['tls', 'starttls', 'none'] as const;
export type MailboxSecurity = (typeof MAILBOX_SECURITIES)[number];

/** Made by an admin in the console, or from the IMAP_* environment variables. */
export const MAILBOX_SOURCES = ['console', 'environment'] as const;

/** Why a connection to a mailbox failed, as «Δοκιμή σύνδεσης» and the mailbox's state say it. */
export const IMAP_ERROR_CODES = [
  'auth_failed',
  'host_not_found',
  'connection_refused',
  'timeout',
  'tls_failed',
  'folder_not_found',
  'message_not_found',
  'connection_lost',
  'unknown',
] as const;
export type ImapErrorCode = (typeof IMAP_ERROR_CODES)[number];

/**
 * What became of a mail read from a mailbox:
 * processed (it is a reply or a ticket), ignored (a robot, a bounce, a copy),
 * held for staff to review, rejected by staff, or failed (it stays in the mailbox).
 */
export const INBOUND_EMAIL_STATUSES = [
  'processed',
  'ignored',
  'held',
  'rejected',
  'failed',
] as const;
export type InboundEmailStatus = (typeof INBOUND_EMAIL_STATUSES)[number];

/** Why, in more detail: the status says what happened, the outcome why. */
export const INBOUND_EMAIL_OUTCOMES = [
  // processed
  'reply',
  'new_ticket',
  'attached',
  // ignored
  'duplicate',
  'auto_reply',
  'bulk',
  'mailer_daemon',
  'own_address',
  'bounce',
  // held («Εισερχόμενα προς έλεγχο»)
  'unknown_sender',
  'not_allowed',
  'inactive_sender',
  'rate_limited',
  // failed
  'error',
] as const;
export type InboundEmailOutcome = (typeof INBOUND_EMAIL_OUTCOMES)[number];

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'required')
    .max(max, 'too_long')
    .refine((value) => !value.includes('\u0000'), 'invalid_value');

/** A mailbox as an admin fills it in; the password may be left out to keep the stored one. */
export const mailboxInputSchema = z
  .object({
    name: text(100),
    address: z.email('invalid_email').max(254, 'too_long'),
    host: text(253).refine((value) => !/\s/.test(value), 'invalid_value'),
    port: z.coerce
      .number<number>()

      .int('invalid_value')
      .min(1, 'invalid_value')
      .max(65535, 'invalid_value'),
    security: z.enum(MAILBOX_SECURITIES, 'invalid_value'),
    username: text(254),
    password: z.string().max(500, 'too_long').optional(),
    folder: text(200).default('INBOX'),
    processedFolder: text(200).default('Processed'),
    isActive: z.boolean().default(true),
  })
  .refine((mailbox) => mailbox.processedFolder !== mailbox.folder, {
    path: ['processedFolder'],
    message: 'invalid_value',
  });
export type MailboxInput = z.input<typeof mailboxInputSchema>;

/** «Δοκιμή σύνδεσης» of settings not yet saved (password required unless testing a saved mailbox). */
export const mailboxTestRequestSchema = mailboxInputSchema.extend({
  /** A saved mailbox whose stored password to use when `password` is empty. */
  mailboxId: z.uuid('invalid_value').optional(),
});

export const mailboxTestResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), messageCount: z.number(), processedFolderExists: z.boolean() }),
  z.object({ ok: z.literal(false), code: z.enum(IMAP_ERROR_CODES), detail: z.string() }),
]);
export type MailboxTestResult = z.infer<typeof mailboxTestResultSchema>;

export const mailboxSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  address: z.string(),
  host: z.string(),
  port: z.number(),
  security: z.enum(MAILBOX_SECURITIES),
  username: z.string(),
  folder: z.string(),
  processedFolder: z.string(),
  isActive: z.boolean(),
  source: z.enum(MAILBOX_SOURCES),
  lastPolledAt: z.string().nullable(),
  lastError: z
    .object({ code: z.enum(IMAP_ERROR_CODES), detail: z.string(), at: z.string() })
    .nullable(),
  /** Mails that failed and wait in the mailbox for a retry. */
  failedCount: z.number(),
});
export type Mailbox = z.infer<typeof mailboxSchema>;

export const mailboxListSchema = z.object({ items: z.array(mailboxSchema) });

export const inboundEmailSchema = z.object({
  id: z.uuid(),
  mailboxName: z.string().nullable(),
  status: z.enum(INBOUND_EMAIL_STATUSES),
  outcome: z.enum(INBOUND_EMAIL_OUTCOMES),
  fromAddress: z.string().nullable(),
  fromName: z.string().nullable(),
  subject: z.string(),
  excerpt: z.string().nullable(),
  sentAt: z.string().nullable(),
  receivedAt: z.string(),
  error: z.string().nullable(),
  ticketNumber: z.number().nullable(),
  /** A contact already known by the sender's address, offered first when attaching. */
  knownContact: z
    .object({ id: z.uuid(), name: z.string(), companyId: z.uuid(), companyName: z.string() })
    .nullable(),
  hasOriginal: z.boolean(),
});
export type InboundEmail = z.infer<typeof inboundEmailSchema>;

export const inboundEmailListQuerySchema = z.object({
  status: z.enum(['held', 'failed'], 'invalid_value').default('held'),
});

export const inboundEmailListSchema = z.object({ items: z.array(inboundEmailSchema) });

/**
 * Staff attach a held mail: to an existing contact, or to a company with the
 * sender added as a new contact; it then opens a ticket as if the contact had written.
 */
export const attachInboundEmailSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('contact'), contactId: z.uuid('required') }),
  z.object({
    kind: z.literal('new_contact'),
    companyId: z.uuid('required'),
    firstName: personNameSchema,
    lastName: personNameSchema,
  }),
]);
export type AttachInboundEmailRequest = z.infer<typeof attachInboundEmailSchema>;

export const inboundEmailIdParamsSchema = z.object({ id: z.uuid('invalid_value') });
export const mailboxIdParamsSchema = z.object({ id: z.uuid('invalid_value') });

/** «Έλεγχος τώρα»: what one poll of a mailbox did, or why it could not connect. */
export const mailboxPollResultSchema = z.object({
  /** False when another server process is polling the mailbox right now. */
  polled: z.boolean(),
  processed: z.number(),
  ignored: z.number(),
  held: z.number(),
  failed: z.number(),
  error: z.object({ code: z.enum(IMAP_ERROR_CODES), detail: z.string() }).nullable(),
});
export type MailboxPollResult = z.infer<typeof mailboxPollResultSchema>;

/** How many mails wait for staff (held) and for an admin (failed): the console's badges. */
export const inboundEmailSummarySchema = z.object({ held: z.number(), failed: z.number() });
export type InboundEmailSummary = z.infer<typeof inboundEmailSummarySchema>;
