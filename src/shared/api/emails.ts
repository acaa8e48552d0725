import { z } from 'zod';
import { LOCALES } from '../roles.js';

/** An outbox email: waiting, sent, given up on, or sent and then bounced back by the recipient's server. */
export const OUTBOX_EMAIL_STATUSES = ['pending', 'sent', 'failed', 'bounced'] as const;
export const EMAIL_STATUSES = OUTBOX_EMAIL_STATUSES;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];

/** How emails leave: over SMTP, or as .eml files when no SMTP is configured. */
export const MAIL_TRANSPORTS = ['smtp', 'file'] as const;
export type MailTransportKind = (typeof MAIL_TRANSPORTS)[number];

export const emailListQuerySchema = z.object({
  status: z.enum(EMAIL_STATUSES, 'invalid_value').optional(),
});

/** One outbox email as the admin page shows it. */
export const outboxEmailSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  status: z.enum(EMAIL_STATUSES),
  to: z.string(),
  locale: z.enum(LOCALES),
  subject: z.string(),
  attempts: z.number(),
  lastError: z.string().nullable(),
  nextAttemptAt: z.string(),
  sentAt: z.string().nullable(),
  /** How this email left (null until sent, and for emails sent before this was recorded). */
  sentVia: z.enum(MAIL_TRANSPORTS).nullable(),
  /** Why it bounced, in the receiving server's words (bounced emails only). */
  bounceReason: z.string().nullable(),
  createdAt: z.string(),
});
export type OutboxEmail = z.infer<typeof outboxEmailSchema>;

export const emailListSchema = z.object({
  /** How emails leave now: over SMTP, or as .eml files in `mailDir`. */
  transport: z.enum(MAIL_TRANSPORTS),
  mailDir: z.string().nullable(),
  maxAttempts: z.number(),
  items: z.array(outboxEmailSchema),
});
export type EmailList = z.infer<typeof emailListSchema>;

export const emailIdParamsSchema = z.object({ id: z.uuid('invalid_value') });

/** One email as it reads: what the recipient gets (or got). */
export const emailPreviewSchema = z.object({
  from: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  html: z.string(),
});
export type EmailPreview = z.infer<typeof emailPreviewSchema>;
