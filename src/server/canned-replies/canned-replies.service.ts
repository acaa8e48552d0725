import type { z } from 'zod';
import type { CannedReply, cannedReplyInputSchema } from '../../shared/api/canned-replies.js';
import { fillCannedReply } from '../../shared/canned-replies/canned-reply-variables.js';
import { foldForSearch } from '../../shared/tickets/search-text.js';
import { recordAudit } from '../audit/audit.repository.js';
import { actorOf, type SignedInUser } from '../auth/auth.service.js';
import type { Database, Executor } from '../db/database.js';
import { notFound } from '../http/errors.js';
import type { RequestContext } from '../http/request-context.js';
import type { Actor } from '../policies/actor.js';
import { authorize } from '../policies/authorize.js';
import { findTicketByNumber } from '../tickets/tickets.repository.js';
import {
  type CannedReplyRow,
  deleteCannedReply,
  findCannedReply,
  findUsableCannedReply,
  insertCannedReply,
  listCannedRepliesFor,
  updateCannedReply,
} from './canned-replies.repository.js';
import { presentCannedReply } from './canned-reply.presenter.js';

type CannedReplyInput = z.output<typeof cannedReplyInputSchema>;
type CannedReplyChange = Omit<CannedReplyInput, 'isShared'>;

/** What the audit log keeps of a shared reply: its title and language, not its text. */
const auditData = (row: CannedReplyRow) => ({ title: row.title, language: row.language });

/** Shared replies are everyone's, so their changes are audited; personal ones are not. */
async function auditShared(
  db: Executor,
  actor: Actor,
  row: CannedReplyRow,
  action: 'canned_reply.created' | 'canned_reply.updated' | 'canned_reply.deleted',
  context: RequestContext,
): Promise<void> {
  if (row.ownerId !== null) return;
  await recordAudit(db, {
    action,
    actorUserId: actor.userId,
    entityType: 'canned_reply',
    entityId: row.id,
    data: auditData(row),
    ...context,
  });
}

/** The shared replies and the actor's own, optionally those whose title or body has the words. */
export async function listCannedReplies(
  db: Database,
  actor: Actor,
  q: string | undefined,
): Promise<CannedReply[]> {
  authorize(actor, 'canned-reply.use', null);
  const rows = await listCannedRepliesFor(db, actor.userId);
  // Filtered here, on the rows already scoped to the actor: a person's list is short.
  const words = q ? foldForSearch(q).split(/\s+/).filter(Boolean) : [];
  const matching = words.length
    ? rows.filter((row) => {
        const text = foldForSearch(`${row.title} ${row.body}`);
        return words.every((word) => text.includes(word));
      })
    : rows;
  return matching.map((row) => presentCannedReply(row, actor));
}

/** A new reply: the actor's own, or shared (admins). */
export async function createCannedReply(
  db: Database,
  actor: Actor,
  input: CannedReplyInput,
  context: RequestContext,
): Promise<CannedReply> {
  authorize(actor, 'canned-reply.use', null);
  const ownerId = input.isShared ? null : actor.userId;
  authorize(actor, 'canned-reply.manage', { ownerId });
  return db.transaction(async (tx) => {
    const { isShared: _, ...values } = input;
    const row = await insertCannedReply(tx, { ...values, ownerId });
    await auditShared(tx, actor, row, 'canned_reply.created', context);
    return presentCannedReply(row, actor);
  });
}

async function replyToManage(db: Executor, actor: Actor, id: string): Promise<CannedReplyRow> {
  authorize(actor, 'canned-reply.use', null);
  const row = await findCannedReply(db, id);
  if (!row) throw notFound();
  authorize(actor, 'canned-reply.manage', row);
  return row;
}

/** Changes a reply's title, text or language (whether it is shared stays as created). */
export async function changeCannedReply(
  db: Database,
  actor: Actor,
  id: string,
  change: CannedReplyChange,
  context: RequestContext,
): Promise<CannedReply> {
  return db.transaction(async (tx) => {
    await replyToManage(tx, actor, id);
    const row = await updateCannedReply(tx, id, change);
    await auditShared(tx, actor, row, 'canned_reply.updated', context);
    return presentCannedReply(row, actor);
  });
}

export async function removeCannedReply(
  db: Database,
  actor: Actor,
  id: string,
  context: RequestContext,
): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await replyToManage(tx, actor, id);
    await deleteCannedReply(tx, id);
    await auditShared(tx, actor, row, 'canned_reply.deleted', context);
  });
}

/**
 * A reply's body filled for one ticket: the requester's first name, the ticket's
 * number and the signed-in agent's name.
 */
export async function fillCannedReplyForTicket(
  db: Database,
  signedIn: SignedInUser,
  ticketNumber: number,
  id: string,
): Promise<{ body: string }> {
  const actor = actorOf(signedIn);
  authorize(actor, 'canned-reply.use', null);
  const ticket = await findTicketByNumber(db, ticketNumber);
  if (!ticket) throw notFound();
  authorize(actor, 'ticket.reply', ticket.ticket);
  const reply = await findUsableCannedReply(db, id, actor.userId);
  if (!reply) throw notFound();
  return {
    body: fillCannedReply(reply.body, {
      customer_name: ticket.requester.firstName,
      ticket_number: String(ticket.ticket.number),
      agent_name: `${signedIn.user.firstName} ${signedIn.user.lastName}`.trim(),
    }),
  };
}
