import type {
  AttachInboundEmailRequest,
  InboundEmail,
  InboundEmailSummary,
} from '../../shared/api/mailboxes.js';
import { isStaffRole } from '../../shared/roles.js';
import { recordAudit } from '../audit/audit.repository.js';
import { findCompanyById } from '../companies/companies.repository.js';
import { addContactInTransaction } from '../contacts/contacts.service.js';
import type { Executor } from '../db/database.js';
import { conflict, invalid, notFound } from '../http/errors.js';
import type { RequestContext } from '../http/request-context.js';
import type { Actor } from '../policies/actor.js';
import { authorize } from '../policies/authorize.js';
import type { FileStorage } from '../storage/file-storage.js';
import { findUserById, type UserRow } from '../users/users.repository.js';
import {
  countInboundEmailsByStatus,
  deleteFailedInboundEmail,
  findInboundEmail,
  type InboundEmailRow,
  listInboundEmails,
  lockHeldInboundEmail,
  updateInboundEmail,
} from './inbound-emails.repository.js';
import { storeEmailFiles } from './inbound-files.js';
import { type InboundDeps, openTicketFromEmail } from './inbound-processor.js';
import { packageForEmailTicket } from './inbound-routing.js';
import { parseInboundEmail } from './parse-inbound-email.js';

type ListedRow = Awaited<ReturnType<typeof listInboundEmails>>[number];

function presentInboundEmail(row: ListedRow): InboundEmail {
  const { email, contact } = row;
  return {
    id: email.id,
    mailboxName: row.mailboxName,
    status: email.status,
    outcome: email.outcome,
    fromAddress: email.fromAddress,
    fromName: email.fromName,
    subject: email.subject,
    excerpt: email.excerpt,
    sentAt: email.sentAt?.toISOString() ?? null,
    receivedAt: email.createdAt.toISOString(),
    error: email.error,
    ticketNumber: row.ticketNumber,
    knownContact:
      contact?.id && contact.companyId
        ? {
            id: contact.id,
            name: `${contact.firstName} ${contact.lastName}`.trim(),
            companyId: contact.companyId,
            companyName: contact.companyName ?? '',
          }
        : null,
    hasOriginal: email.rawStorageKey !== null,
  };
}

/** «Εισερχόμενα προς έλεγχο» (held, staff) or the failed mails (admin), newest first. */
export async function listInboundEmailsFor(
  db: Executor,
  actor: Actor,
  status: 'held' | 'failed',
): Promise<InboundEmail[]> {
  authorize(actor, status === 'held' ? 'inbound.review' : 'mailbox.manage', null);
  return (await listInboundEmails(db, status, 200)).map(presentInboundEmail);
}

/** How many mails wait: held for staff; failed only counted for admins. */
export async function summarizeInboundEmails(
  db: Executor,
  actor: Actor,
): Promise<InboundEmailSummary> {
  authorize(actor, 'inbound.review', null);
  const counts = await countInboundEmailsByStatus(db);
  return { held: counts.held, failed: actor.role === 'admin' ? counts.failed : 0 };
}

/** The contact a held mail is attached to: an active contact of an open company. */
async function contactFor(
  tx: Executor,
  actor: Actor,
  email: InboundEmailRow,
  request: AttachInboundEmailRequest,
  context: RequestContext,
  publicUrl: string,
): Promise<UserRow> {
  if (request.kind === 'new_contact') {
    if (!email.fromAddress) throw invalid('email', 'required');
    const { user } = await addContactInTransaction(
      tx,
      actor,
      request.companyId,
      {
        firstName: request.firstName,
        lastName: request.lastName,
        email: email.fromAddress,
        phone: null,
        role: 'member',
      },
      context,
      publicUrl,
    );
    return user;
  }
  const contact = await findUserById(tx, request.contactId);
  if (!contact?.companyId || isStaffRole(contact.role) || !contact.isActive) {
    throw invalid('contactId', 'invalid_value');
  }
  const company = await findCompanyById(tx, contact.companyId);
  if (!company || company.archivedAt) throw conflict('company_archived', 'The company is archived');
  return contact;
}

/**
 * Staff attach a held mail to a contact (optionally adding the sender as a new
 * contact): it opens a ticket as if the contact had written it, with its files.
 */
export async function attachInboundEmail(
  deps: InboundDeps & { publicUrl: string },
  actor: Actor,
  id: string,
  request: AttachInboundEmailRequest,
  context: RequestContext,
): Promise<{ ticketNumber: number }> {
  authorize(actor, 'inbound.review', null);
  const held = await findInboundEmail(deps.db, id);
  if (!held) throw notFound();
  if (held.status !== 'held' || !held.rawStorageKey) {
    throw conflict('inbound_email_not_held', 'The email no longer waits for review');
  }
  const email = await parseInboundEmail(await readStored(deps.storage, held.rawStorageKey));
  const files = await storeEmailFiles(deps.storage, email.attachments, deps.config.uploads);
  return deps.db.transaction(async (tx) => {
    const locked = await lockHeldInboundEmail(tx, id);
    if (!locked) throw conflict('inbound_email_not_held', 'The email no longer waits for review');
    const contact = await contactFor(tx, actor, locked, request, context, deps.publicUrl);
    const sender: Actor = { userId: contact.id, role: contact.role, companyId: contact.companyId };
    const { ticket, message } = await openTicketFromEmail(
      tx,
      { sender, ...(await packageForEmailTicket(tx, contact.companyId!)) },
      email,
      files,
      locked.id,
      new Date(),
    );
    await updateInboundEmail(tx, locked.id, {
      status: 'processed',
      outcome: 'attached',
      ticketId: ticket.id,
      messageId: message.id,
      reviewedById: actor.userId,
      reviewedAt: new Date(),
    });
    await recordAudit(tx, {
      action: 'inbound_email.attached',
      actorUserId: actor.userId,
      companyId: ticket.companyId,
      entityType: 'inbound_email',
      entityId: locked.id,
      data: { from: locked.fromAddress, ticketNumber: ticket.number, contactId: contact.id },
      ...context,
    });
    return { ticketNumber: ticket.number };
  });
}

/** «Απόρριψη»: a held mail is set aside; its record and original stay. */
export async function rejectInboundEmail(
  db: Executor,
  actor: Actor,
  id: string,
  context: RequestContext,
): Promise<void> {
  authorize(actor, 'inbound.review', null);
  await db.transaction(async (tx) => {
    const locked = await lockHeldInboundEmail(tx, id);
    if (!locked) {
      if (!(await findInboundEmail(tx, id))) throw notFound();
      throw conflict('inbound_email_not_held', 'The email no longer waits for review');
    }
    await updateInboundEmail(tx, id, {
      status: 'rejected',
      reviewedById: actor.userId,
      reviewedAt: new Date(),
    });
    await recordAudit(tx, {
      action: 'inbound_email.rejected',
      actorUserId: actor.userId,
      entityType: 'inbound_email',
      entityId: id,
      data: { from: locked.fromAddress, subject: locked.subject },
      ...context,
    });
  });
}

/** «Επανάληψη» of a failed mail (admin): its record goes, and the next poll reads it again. */
export async function retryInboundEmail(
  db: Executor,
  actor: Actor,
  id: string,
  context: RequestContext,
): Promise<void> {
  authorize(actor, 'mailbox.manage', null);
  await db.transaction(async (tx) => {
    const row = await findInboundEmail(tx, id);
    if (!row) throw notFound();
    if (!(await deleteFailedInboundEmail(tx, id))) {
      throw conflict('inbound_email_not_failed', 'The email has not failed');
    }
    await recordAudit(tx, {
      action: 'inbound_email.retried',
      actorUserId: actor.userId,
      entityType: 'inbound_email',
      entityId: id,
      data: { error: row.error },
      ...context,
    });
  });
}

/**
 * The original .eml of a mail: for staff, and for the customer who sent it
 * (through the message it became); nobody else learns it exists.
 */
export async function findOriginalEmail(
  db: Executor,
  actor: Actor,
  id: string,
): Promise<{ storageKey: string; fileName: string }> {
  const row = await findInboundEmail(db, id);
  if (!row?.rawStorageKey) throw notFound();
  if (!isStaffRole(actor.role)) {
    const sender = row.fromAddress ? await findUserById(db, actor.userId) : undefined;
    const isTheirs = row.status === 'processed' && sender?.email.toLowerCase() === row.fromAddress;
    if (!isTheirs) throw notFound();
  }
  return {
    storageKey: row.rawStorageKey,
    fileName: `email-${row.createdAt.toISOString().slice(0, 10)}-${row.id.slice(0, 8)}.eml`,
  };
}

async function readStored(storage: FileStorage, key: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of storage.open(key)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
