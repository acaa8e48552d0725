import type {
  CreateTicketRequest,
  ParsedReplyRequest,
  ReplyResult,
  TicketDetail,
} from '../../shared/api/tickets.js';
import { isStaffRole } from '../../shared/roles.js';
import type { TicketPriority, TicketStatus } from '../../shared/tickets/ticket-status.js';
import { recordAudit } from '../audit/audit.repository.js';
import type { Database, Executor } from '../db/database.js';
import type { RefusedFile } from '../db/schema.js';
import { conflict, invalid, notFound } from '../http/errors.js';
import type { RequestContext } from '../http/request-context.js';
import {
  queueTicketClosedEmails,
  queueTicketOpenedEmails,
  queueTicketReplyEmails,
} from '../notifications/ticket-emails.js';
import { type Actor, actorOfUser, isStaff } from '../policies/actor.js';
import { authorize } from '../policies/authorize.js';
import { openClosingToRating } from '../ratings/rating-closing.js';
import { dueTimesOfNewTicket, refreshTicketDueTimes } from '../targets/ticket-due-times.js';
import { checkMentions, queueMentionEmails } from '../ticket-mentions/mentions.service.js';
import {
  linkPendingUploads,
  listAttachmentsOfMessages,
} from '../uploads/attachments.repository.js';
import { findUserById, type SignedInUserRow } from '../users/users.repository.js';
import { recordWebhookEvent } from '../webhooks/webhook-events.js';
import { messageAddedEvent, ticketCreatedEvent } from '../webhooks/webhook-payloads.js';
import { type IdempotentAnswer, idempotentWrite } from './idempotent-write.js';
import { changeStatusBy, recordStatusChange, statusAfter, statusFields } from './status-change.js';
import { insertMessageSeenAndFound, insertTicketEvent } from './thread.repository.js';
import { threadColumnsAfterPublicMessage } from './thread-columns.js';
import { presentReplyResult } from './ticket.presenter.js';
import { markTicketRead } from './ticket-reads.repository.js';
import { resolveRequester, type TicketRequester } from './ticket-requester.js';
import { insertSearchPieces, type SearchPiece } from './ticket-search.repository.js';
import { chooseSubscription } from './ticket-subscription.js';
import { findTicketDetail } from './tickets.queries.js';
import {
  findTicketByNumber,
  insertTicket,
  lockTicket,
  type TicketRow,
  type TicketState,
  updateTicket,
} from './tickets.repository.js';

export interface TicketLimits {
  maxFilesPerMessage: number;
}

/** A ticket the actor may see, or a 404 (for customers, other companies' tickets do not exist). */
export async function findVisibleTicket(db: Executor, actor: Actor, number: number) {
  const found = await findTicketByNumber(db, number);
  if (!found) throw notFound();
  authorize(actor, 'ticket.view', found.ticket);
  return found;
}

function checkFileCount(ids: string[], limits: TicketLimits): void {
  if (ids.length > limits.maxFilesPerMessage) {
    throw invalid('attachmentIds', 'too_big', { max: limits.maxFilesPerMessage });
  }
}

/** A message to add to a thread: what was written, and where it came from when by email. */
export interface NewThreadMessage {
  body: string;
  isInternal: boolean;
  /** Uploads of the author's, not yet in any message. */
  attachmentIds: string[];
  /** It came by email: the mail it was read from, and its files that were refused. */
  email?: { inboundEmailId: string; refusedFiles: RefusedFile[] };
  /** Staff's choice to wait for the customer (ticket-status.ts); undefined: the default. */
  waitForCustomer?: boolean;
  /** An internal note's @mentioned staff, already checked (checkMentions). */
  mentionedUserIds?: string[];
}

async function addMessage(
  tx: Executor,
  ticket: Pick<TicketRow, 'id' | 'companyId'>,
  actor: Actor,
  message: NewThreadMessage,
  now: Date,
  /** More text to make findable with the message (a new ticket's subject). */
  alsoFindable: SearchPiece[] = [],
) {
  const row = await insertMessageSeenAndFound(tx, {
    ticketId: ticket.id,
    companyId: ticket.companyId,
    authorId: actor.userId,
    body: message.body,
    isInternal: message.isInternal,
    inboundEmailId: message.email?.inboundEmailId ?? null,
    refusedFiles: message.email?.refusedFiles.length ? message.email.refusedFiles : null,
    mentionedUserIds:
      message.isInternal && message.mentionedUserIds?.length ? message.mentionedUserIds : null,
    createdAt: now,
  });
  await insertSearchPieces(tx, alsoFindable);
  const ids = [...new Set(message.attachmentIds)];
  const linked = await linkPendingUploads(tx, ids, {
    uploaderId: actor.userId,
    ticketId: ticket.id,
    messageId: row.id,
    companyId: ticket.companyId,
  });
  // Someone else's upload, or one already sent: the whole message is refused, nothing is half-saved.
  if (linked !== ids.length) throw invalid('attachmentIds', 'invalid_value');
  const attachments = ids.length > 0 ? await listAttachmentsOfMessages(tx, [row.id]) : [];
  return { message: row, attachments };
}

/** What a new ticket is made of, once whose it is and which package it is charged to are known. */
export interface NewTicket {
  requester: TicketRequester;
  subscriptionId: string | null;
  /** No package chosen while the company has several (it came by email): staff choose. */
  needsPackage?: boolean;
  subject: string;
  link: string | null;
  description: NewThreadMessage;
}

/**
 * Writes a new ticket with its first message, event, audit entry and emails, in
 * the caller's transaction: the portal's form and an email both come here.
 */
export async function createTicketInTransaction(
  tx: Executor,
  actor: Actor,
  request: NewTicket,
  context: RequestContext,
  now: Date,
) {
  const { companyId, requesterId, openedBy } = request.requester;
  const ticket = await insertTicket(tx, {
    ...(await dueTimesOfNewTicket(tx, request.subscriptionId, now)),
    companyId,
    requesterId,
    subscriptionId: request.subscriptionId,
    needsPackage: request.needsPackage ?? false,
    subject: request.subject,
    link: request.link,
    lastActivityAt: now,
    ...(request.description.isInternal ? {} : threadColumnsAfterPublicMessage(actor, now, null)),
    createdAt: now,
    updatedAt: now,
  });
  const subject = { ticketId: ticket.id, companyId, messageId: null, text: request.subject };
  const { message } = await addMessage(tx, ticket, actor, request.description, now, [subject]);
  await insertTicketEvent(tx, {
    ticketId: ticket.id,
    companyId,
    actorId: actor.userId,
    kind: 'created',
    data: openedBy ? { openedBy } : {},
    createdAt: now,
  });
  await recordAudit(tx, {
    action: 'ticket.created',
    actorUserId: actor.userId,
    companyId,
    entityType: 'ticket',
    entityId: String(ticket.number),
    data: openedBy ? { subject: ticket.subject, requesterId } : { subject: ticket.subject },
    ...context,
  });
  await queueTicketOpenedEmails(tx, ticket, actor, request.description.body);
  await recordWebhookEvent(tx, ticketCreatedEvent(ticket, now));
  return { ticket, message };
}

/**
 * «Υποβολή αιτήματος»: a customer opens a ticket with its description and files,
 * all or nothing. Staff may open one for a contact (`requesterId`): the ticket is
 * the contact's, the description is the staff member's first message. Answers
 * with the ticket it created (or, for a retry with the same idempotency key, the
 * first answer).
 */
export async function openTicket(
  db: Database,
  actor: Actor,
  request: Required<Omit<CreateTicketRequest, 'link' | 'subscriptionId' | 'requesterId'>> & {
    link: string | null;
    subscriptionId: string | null;
    requesterId?: string;
  },
  context: RequestContext,
  limits: TicketLimits,
  idempotencyKey?: string,
): Promise<IdempotentAnswer<TicketDetail>> {
  checkFileCount(request.attachmentIds, limits);
  const idempotency = idempotencyKey
    ? { userId: actor.userId, key: idempotencyKey, what: { route: 'open-ticket', request } }
    : undefined;
  return db.transaction((tx) =>
    idempotentWrite(tx, idempotency, 201, async () => {
      const requester = await resolveRequester(tx, actor, request.requesterId);
      const subscriptionId = await chooseSubscription(
        tx,
        requester.companyId,
        request.subscriptionId,
      );
      const { ticket } = await createTicketInTransaction(
        tx,
        actor,
        {
          requester,
          subscriptionId,
          subject: request.subject,
          link: request.link,
          description: {
            body: request.description,
            isInternal: false,
            attachmentIds: request.attachmentIds,
          },
        },
        context,
        new Date(),
      );
      // Read in the transaction, so the answer kept with the key is the one sent.
      return findTicketDetail(tx as unknown as Database, actor, ticket.number);
    }),
  );
}

/**
 * «Απάντηση» (or a staff internal note): adds the message and moves the status by
 * the rules — a customer's reply opens (or reopens) the ticket, a staff reply
 * waits for the customer, an internal note changes nothing. Answers with what it
 * wrote and the ticket's new state (or, for a retry with the same idempotency
 * key, the first answer).
 */
export async function replyToTicket(
  db: Database,
  author: SignedInUserRow,
  number: number,
  reply: ParsedReplyRequest,
  context: RequestContext,
  limits: TicketLimits,
  idempotencyKey?: string,
): Promise<IdempotentAnswer<ReplyResult>> {
  const actor = actorOfUser(author);
  const { ticket } = await findVisibleTicket(db, actor, number);
  authorize(actor, reply.isInternal ? 'ticket.add-internal-note' : 'ticket.reply', ticket);
  checkFileCount(reply.attachmentIds, limits);
  const idempotency = idempotencyKey
    ? { userId: actor.userId, key: idempotencyKey, what: { route: 'reply', number, reply } }
    : undefined;
  return db.transaction((tx) =>
    idempotentWrite(tx, idempotency, 201, async () => {
      const locked = await lockTicket(tx, ticket.id);
      const written = await addReplyInTransaction(tx, locked, actor, reply, context, new Date());
      return presentReplyResult(written, author, actor);
    }),
  );
}

/**
 * Adds a reply to a locked ticket in the caller's transaction, with what follows
 * it: the status rule, the news, the emails. The portal's «Απάντηση» and an
 * emailed reply both come here, so they behave the same. The ticket row is
 * updated once (activity and status together); returns what was written and the
 * ticket's state after it.
 */
export async function addReplyInTransaction(
  tx: Executor,
  locked: TicketRow,
  actor: Actor,
  reply: NewThreadMessage,
  context: RequestContext,
  now: Date,
) {
  const mentionedUserIds = reply.isInternal ? await checkMentions(tx, reply.body) : [];
  const { message, attachments } = await addMessage(
    tx,
    locked,
    actor,
    { ...reply, mentionedUserIds },
    now,
  );
  if (reply.isInternal) {
    await queueMentionEmails(tx, locked, actor, mentionedUserIds, reply.body);
    await recordWebhookEvent(tx, messageAddedEvent(locked, locked.status, message, now));
    return { message, attachments, events: [], state: locked as TicketState };
  }
  const to = await statusAfter(
    tx,
    locked,
    isStaff(actor)
      ? { trigger: 'staff_reply', waitForCustomer: reply.waitForCustomer }
      : { trigger: 'customer_reply' },
  );
  const isMove = to !== locked.status;
  const state = await updateTicket(tx, locked.id, {
    ...(isMove ? statusFields(to, now) : { lastActivityAt: now }),
    ...threadColumnsAfterPublicMessage(actor, now, locked.customerWaitingSince),
    // The first staff answer the customer sees meets (or misses) the first-response target.
    ...(isStaff(actor) && !locked.firstRespondedAt ? { firstRespondedAt: now } : {}),
  });
  const events = isMove ? [await recordStatusChange(tx, locked, to, actor, context, now)] : [];
  await queueTicketReplyEmails(tx, locked, actor, reply.body);
  await recordWebhookEvent(tx, messageAddedEvent(locked, state.status, message, now));
  return { message, attachments, events, state };
}

/** Staff close a ticket, optionally with a last public message. */
export async function closeTicket(
  db: Database,
  actor: Actor,
  number: number,
  lastMessage: string | undefined,
  context: RequestContext,
): Promise<void> {
  const { ticket } = await findVisibleTicket(db, actor, number);
  authorize(actor, 'ticket.manage', ticket);
  await db.transaction(async (tx) => {
    const locked = await lockTicket(tx, ticket.id);
    const now = new Date();
    if (lastMessage) {
      const { message } = await addMessage(
        tx,
        locked,
        actor,
        { body: lastMessage, isInternal: false, attachmentIds: [] },
        now,
      );
      await recordWebhookEvent(tx, messageAddedEvent(locked, locked.status, message, now));
    }
    await changeStatusBy(tx, locked, { trigger: 'staff_close' }, actor, context, now, {
      // The closing's last word is the latest public message (written with the status).
      alsoSet: lastMessage ? threadColumnsAfterPublicMessage(actor, now, null) : undefined,
    });
    if (locked.status !== 'closed') {
      const ratingToken = await openClosingToRating(tx, locked, now);
      await queueTicketClosedEmails(tx, locked, actor, lastMessage || null, ratingToken);
    }
  });
}

/** Staff reopen a closed ticket (in progress if a task still runs on it, else open). */
export async function reopenTicket(
  db: Database,
  actor: Actor,
  number: number,
  context: RequestContext,
): Promise<void> {
  const { ticket } = await findVisibleTicket(db, actor, number);
  authorize(actor, 'ticket.manage', ticket);
  await db.transaction(async (tx) => {
    const locked = await lockTicket(tx, ticket.id);
    await changeStatusBy(tx, locked, { trigger: 'staff_reopen' }, actor, context, new Date());
  });
}

/** Staff change the status, priority or assignee of a ticket. */
export async function updateTicketByStaff(
  db: Database,
  actor: Actor,
  number: number,
  patch: {
    status?: TicketStatus;
    priority?: TicketPriority;
    assigneeId?: string | null;
    subscriptionId?: string;
  },
  context: RequestContext,
): Promise<void> {
  const { ticket } = await findVisibleTicket(db, actor, number);
  authorize(actor, 'ticket.manage', ticket);
  const newAssignee = patch.assigneeId ? await findUserById(db, patch.assigneeId) : undefined;
  if (patch.assigneeId && (!newAssignee?.isActive || !isStaffRole(newAssignee.role))) {
    throw invalid('assigneeId', 'invalid_value');
  }
  await db.transaction(async (tx) => {
    const locked = await lockTicket(tx, ticket.id);
    const now = new Date();
    if (patch.status) {
      const event = { trigger: 'staff_set', chosen: patch.status } as const;
      await changeStatusBy(tx, locked, event, actor, context, now);
    }
    if (patch.status === 'closed' && locked.status !== 'closed') {
      // The rating counts for whoever the ticket is assigned to as it closes.
      const assigneeId = patch.assigneeId !== undefined ? patch.assigneeId : locked.assigneeId;
      const ratingToken = await openClosingToRating(tx, { ...locked, assigneeId }, now);
      await queueTicketClosedEmails(tx, locked, actor, null, ratingToken);
    }
    if (patch.assigneeId !== undefined && patch.assigneeId !== locked.assigneeId) {
      await updateTicket(tx, locked.id, { assigneeId: patch.assigneeId, lastActivityAt: now });
      await markTicketRead(tx, actor.userId, locked.id, now);
      await insertTicketEvent(tx, {
        ticketId: locked.id,
        companyId: locked.companyId,
        actorId: actor.userId,
        kind: 'assigned',
        // Names as they were, so customers read who took the ticket without looking staff up.
        data: {
          from: locked.assigneeId,
          to: patch.assigneeId,
          toName: newAssignee ? `${newAssignee.firstName} ${newAssignee.lastName}` : null,
        },
        createdAt: now,
      });
    }
    if (patch.subscriptionId && patch.subscriptionId !== locked.subscriptionId) {
      await choosePackage(tx, locked, patch.subscriptionId, actor, context);
    }
    if (patch.priority && patch.priority !== locked.priority) {
      await updateTicket(tx, locked.id, { priority: patch.priority });
      await insertTicketEvent(tx, {
        ticketId: locked.id,
        companyId: locked.companyId,
        actorId: actor.userId,
        kind: 'priority_changed',
        data: { from: locked.priority, to: patch.priority },
        createdAt: now,
      });
    }
  });
}

/**
 * Staff choose the package of a ticket that has none (it came by email while the
 * company had several). A ticket's package is not changed once chosen: its tasks
 * were charged to it.
 */
async function choosePackage(
  tx: Executor,
  ticket: TicketRow,
  subscriptionId: string,
  actor: Actor,
  context: RequestContext,
): Promise<void> {
  if (ticket.subscriptionId) {
    throw conflict('package_already_chosen', 'The ticket already has a package');
  }
  await chooseSubscription(tx, ticket.companyId, subscriptionId);
  await updateTicket(tx, ticket.id, { subscriptionId, needsPackage: false });
  // The chosen package's targets apply from the ticket's opening.
  await refreshTicketDueTimes(tx, ticket.id);
  await recordAudit(tx, {
    action: 'ticket.package_chosen',
    actorUserId: actor.userId,
    companyId: ticket.companyId,
    entityType: 'ticket',
    entityId: String(ticket.number),
    data: { subscriptionId },
    ...context,
  });
}

/** The person has seen the ticket as it is now: its activity so far is no longer news to them. */
export async function markTicketSeen(db: Database, actor: Actor, number: number): Promise<void> {
  const { ticket } = await findVisibleTicket(db, actor, number);
  await markTicketRead(db, actor.userId, ticket.id, ticket.lastActivityAt);
}
