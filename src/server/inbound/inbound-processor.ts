import { Readable } from 'node:stream';
import type { InboundEmailOutcome, InboundEmailStatus } from '../../shared/api/mailboxes.js';
import type { Config } from '../config/config.js';
import type { Database, Executor } from '../db/database.js';
import { markEmailsBounced } from '../email/outbox.repository.js';
import type { RequestContext } from '../http/request-context.js';
import type { FileStorage } from '../storage/file-storage.js';
import { resolveRequester } from '../tickets/ticket-requester.js';
import { lockTicket } from '../tickets/tickets.repository.js';
import { addReplyInTransaction, createTicketInTransaction } from '../tickets/tickets.service.js';
import { classifyInboundEmail } from './classify-inbound-email.js';
import {
  findActedOnByMessageId,
  type InboundEmailRow,
  insertInboundEmail,
  updateInboundEmail,
} from './inbound-emails.repository.js';
import { insertEmailUploads, type StoredEmailFile, storeEmailFiles } from './inbound-files.js';
import { type InboundPlan, planInboundEmail } from './inbound-routing.js';
import { listMailboxAddresses } from './mailboxes.repository.js';
import { type ParsedInboundEmail, parseInboundEmail } from './parse-inbound-email.js';
import { stripReplyPrefixes } from './ticket-tag.js';

/** What processing needs of the server. */
export interface InboundDeps {
  db: Database;
  storage: FileStorage;
  config: Pick<Config, 'uploads' | 'inbound' | 'mailFrom'>;
}

/** Where a mail was read from: a mailbox folder and its UID there (null for a mail given directly). */
export interface InboundSource {
  mailboxId: string | null;
  uidValidity: number | null;
  uid: number | null;
}

export interface InboundResult {
  id: string;
  status: InboundEmailStatus;
  outcome: InboundEmailOutcome;
  ticketNumber: number | null;
}

/** How a mail's actions appear in the audit log and the ticket's history. */
export const EMAIL_CONTEXT: RequestContext = { ip: null, userAgent: 'email' };

const SUBJECT_MAX = 200;

/** The bare address of a From header such as "Aitima <support@example.com>". */
export function addressOf(header: string): string {
  const match = /<([^>]+)>/.exec(header);
  return (match ? match[1]! : header).trim().toLowerCase();
}

const resultOf = (row: InboundEmailRow, ticketNumber: number | null = null): InboundResult => ({
  id: row.id,
  status: row.status,
  outcome: row.outcome,
  ticketNumber,
});

/** A new ticket's subject from the mail's: without Re:/Fwd:, or its first words when it has none. */
export function ticketSubjectOf(email: ParsedInboundEmail): string {
  const subject = stripReplyPrefixes(email.subject).trim();
  const fallback =
    email.replyText
      .split('\n')
      .find((line) => line.trim())
      ?.trim() ?? '';
  return (subject || fallback || email.from?.address || 'Email').slice(0, SUBJECT_MAX);
}

const isUniqueViolation = (error: unknown): boolean =>
  typeof error === 'object' &&
  error !== null &&
  ((error as { code?: string }).code === '23505' ||
    (error as { cause?: { code?: string } }).cause?.code === '23505');

/**
 * Reads one mail and does what it asks, all in one transaction with its record:
 * a reply lands in its ticket as «Απάντηση» would, a known contact's new mail
 * opens a ticket, a robot's is ignored, a bounce marks the email it answers,
 * anything else waits for staff. A mail already acted on (the same Message-ID)
 * is recorded as a copy and does nothing. Throws when the mail cannot be read:
 * the caller records the failure and leaves the mail in its mailbox.
 */
export async function processInboundEmail(
  deps: InboundDeps,
  source: InboundSource,
  raw: Buffer,
  now = new Date(),
): Promise<InboundResult> {
  const email = await parseInboundEmail(raw);
  const original = await deps.storage.save(Readable.from([raw]));
  if (!original) throw new Error('could not store the original email');
  const ownAddresses = [addressOf(deps.config.mailFrom), ...(await listMailboxAddresses(deps.db))];
  const kind = classifyInboundEmail(email, { ownAddresses });
  const plan = await planInboundEmail(deps.db, email, kind, deps.config.inbound, now);
  const files =
    plan.action === 'reply' || plan.action === 'new_ticket'
      ? await storeEmailFiles(deps.storage, email.attachments, deps.config.uploads)
      : { stored: [], refused: [] };
  const record = {
    ...source,
    messageIdHeader: email.messageId,
    fromAddress: email.from?.address ?? null,
    fromName: email.from?.name || null,
    subject: email.subject.slice(0, 1000),
    sentAt: email.date,
    excerpt: email.replyText.slice(0, 500),
    rawStorageKey: original.key,
    rawSizeBytes: original.sizeBytes,
    createdAt: now,
    updatedAt: now,
  };
  const write = () =>
    deps.db.transaction(async (tx) => {
      const earlier = await findActedOnByMessageId(tx, email.messageId);
      if (earlier) {
        const copy = await insertInboundEmail(tx, {
          ...record,
          status: 'ignored',
          outcome: 'duplicate',
          ticketId: earlier.ticketId,
        });
        return resultOf(copy);
      }
      return applyPlan(tx, plan, record, email, files, now);
    });
  try {
    return await write();
  } catch (error) {
    // Another process wrote the same mail a moment ago: now it is a copy.
    if (isUniqueViolation(error)) return write();
    throw error;
  }
}

type InboundRecord = Omit<Parameters<typeof insertInboundEmail>[1], 'status' | 'outcome'>;

async function applyPlan(
  tx: Executor,
  plan: InboundPlan,
  record: InboundRecord,
  email: ParsedInboundEmail,
  files: {
    stored: StoredEmailFile[];
    refused: { fileName: string; reason: 'too_big' | 'too_many' | 'empty' }[];
  },
  now: Date,
): Promise<InboundResult> {
  switch (plan.action) {
    case 'ignore':
      return resultOf(
        await insertInboundEmail(tx, { ...record, status: 'ignored', outcome: plan.outcome }),
      );
    case 'bounce': {
      await markEmailsBounced(tx, plan.outboxIds, plan.reason);
      return resultOf(
        await insertInboundEmail(tx, { ...record, status: 'ignored', outcome: 'bounce' }),
      );
    }
    case 'hold':
      return resultOf(
        await insertInboundEmail(tx, {
          ...record,
          status: 'held',
          outcome: plan.outcome,
          ticketId: plan.ticket?.id ?? null,
        }),
      );
    case 'reply': {
      const row = await insertInboundEmail(tx, {
        ...record,
        status: 'processed',
        outcome: 'reply',
        ticketId: plan.ticket.id,
      });
      const locked = await lockTicket(tx, plan.ticket.id);
      const { message } = await addReplyInTransaction(
        tx,
        locked,
        plan.sender,
        {
          body: email.replyText,
          isInternal: false,
          attachmentIds: await insertEmailUploads(tx, files.stored, plan.sender),
          email: { inboundEmailId: row.id, refusedFiles: files.refused },
        },
        EMAIL_CONTEXT,
        now,
      );
      await updateInboundEmail(tx, row.id, { messageId: message.id });
      return resultOf(row, locked.number);
    }
    case 'new_ticket': {
      const row = await insertInboundEmail(tx, {
        ...record,
        status: 'processed',
        outcome: 'new_ticket',
      });
      const { ticket, message } = await openTicketFromEmail(tx, plan, email, files, row.id, now);
      await updateInboundEmail(tx, row.id, { ticketId: ticket.id, messageId: message.id });
      return resultOf(row, ticket.number);
    }
  }
}

/** Opens a ticket for the sender, as their «Υποβολή αιτήματος» would, from their mail. */
export async function openTicketFromEmail(
  tx: Executor,
  plan: {
    sender: Parameters<typeof resolveRequester>[1];
    subscriptionId: string | null;
    needsPackage: boolean;
  },
  email: ParsedInboundEmail,
  files: {
    stored: StoredEmailFile[];
    refused: { fileName: string; reason: 'too_big' | 'too_many' | 'empty' }[];
  },
  inboundEmailId: string,
  now: Date,
) {
  return createTicketInTransaction(
    tx,
    plan.sender,
    {
      requester: await resolveRequester(tx, plan.sender, undefined),
      subscriptionId: plan.subscriptionId,
      needsPackage: plan.needsPackage,
      subject: ticketSubjectOf(email),
      link: null,
      description: {
        body: email.replyText,
        isInternal: false,
        attachmentIds: await insertEmailUploads(tx, files.stored, plan.sender),
        email: { inboundEmailId, refusedFiles: files.refused },
      },
    },
    EMAIL_CONTEXT,
    now,
  );
}
