import type {
  ReplyResult,
  ThreadEvent,
  ThreadItem,
  ThreadMessage,
  TicketDetail,
  TicketSummary,
} from '../../shared/api/tickets.js';
import { isStaffRole, type Role } from '../../shared/roles.js';
import { currentDue, type TicketTiming } from '../../shared/targets/current-due.js';
import { type Actor, isStaff } from '../policies/actor.js';
import { can } from '../policies/authorize.js';
import { presentAttachment } from '../uploads/attachment.presenter.js';
import type { AttachmentRow } from '../uploads/attachments.repository.js';
import type { listMessages, listTicketEvents, ThreadAttachment } from './thread.repository.js';
import type { findTicketToRead, listTickets, TicketState } from './tickets.repository.js';

/** A ticket as a list shows it (no link, no search text). */
type SummaryRow = Omit<
  Awaited<ReturnType<typeof listTickets>>['items'][number],
  'sortKey' | 'readAt' | 'minutesSpent' | 'matching' | 'waitingSince' | 'lastReply'
>;
/** A ticket as its own page shows it. */
type DetailRow = NonNullable<Awaited<ReturnType<typeof findTicketToRead>>>;
type MessageRows = Awaited<ReturnType<typeof listMessages>>;
type EventRows = Awaited<ReturnType<typeof listTicketEvents>>;

export interface PersonRow {
  id: string;
  firstName: string;
  lastName: string;
  role: Role;
}

export const presentPerson = (person: PersonRow) => ({
  id: person.id,
  name: `${person.firstName} ${person.lastName}`.trim(),
  isStaff: isStaffRole(person.role),
});

/** A ticket as a row of a list. */
export function presentTicketSummary(row: SummaryRow, minutesSpent = 0): TicketSummary {
  const { ticket } = row;
  return {
    id: ticket.id,
    number: ticket.number,
    subject: ticket.subject,
    status: ticket.status,
    priority: ticket.priority,
    company: { id: ticket.companyId, name: row.companyName },
    requester: presentPerson(row.requester),
    assignee: row.assignee?.id ? presentPerson(row.assignee as PersonRow) : null,
    packageName: row.packageName,
    subscriptionId: ticket.subscriptionId,
    createdAt: ticket.createdAt.toISOString(),
    lastActivityAt: ticket.lastActivityAt.toISOString(),
    closedAt: ticket.closedAt?.toISOString() ?? null,
    minutesSpent,
    needsPackage: ticket.needsPackage,
    due: presentDue(ticket),
  };
}

/** The due time the ticket runs against now, if any. */
function presentDue(ticket: TicketTiming) {
  const due = currentDue(ticket);
  return due && { kind: due.kind, at: due.at.toISOString() };
}

type MessageRow = MessageRows[number]['message'];
type EventRow = EventRows[number]['event'];

/** One message of a thread, with its files, as the actor may see it. */
export function presentMessage(
  message: MessageRow,
  author: PersonRow,
  attachments: ThreadAttachment[],
  actor: Actor,
): ThreadMessage {
  return {
    type: 'message',
    id: message.id,
    author: presentPerson(author),
    body: message.body,
    isInternal: message.isInternal,
    createdAt: message.createdAt.toISOString(),
    attachments: attachments.map(presentAttachment),
    viaEmail: message.inboundEmailId !== null,
    refusedFiles: message.refusedFiles ?? [],
    // The original mail may carry what the thread leaves out (other recipients, the quoted
    // history): its author and staff may read it, not the author's colleagues.
    originalEmailId:
      message.inboundEmailId && (isStaff(actor) || message.authorId === actor.userId)
        ? message.inboundEmailId
        : null,
  };
}

/** One event of a thread (a status change, an assignment…). */
export function presentEvent(event: EventRow, actor: PersonRow | null): ThreadEvent {
  return {
    type: 'event',
    id: event.id,
    kind: event.kind,
    actor: actor ? presentPerson(actor) : null,
    data: event.data,
    createdAt: event.createdAt.toISOString(),
  };
}

/**
 * What a reply answers: the message it wrote, the events it caused and the
 * ticket's state after it, for the web app to add to the thread it already has.
 */
export function presentReplyResult(
  written: {
    message: MessageRow;
    attachments: AttachmentRow[];
    events: EventRow[];
    state: TicketState;
  },
  author: PersonRow,
  actor: Actor,
): ReplyResult {
  return {
    number: written.state.number,
    status: written.state.status,
    closedAt: written.state.closedAt?.toISOString() ?? null,
    lastActivityAt: written.state.lastActivityAt.toISOString(),
    message: presentMessage(written.message, author, written.attachments, actor),
    events: written.events.map((event) => presentEvent(event, author)),
  };
}

/**
 * A ticket with its thread. The message rows were already queried without
 * internal notes for customers; the presenter adds only what the actor may see.
 */
export function presentTicketDetail(
  row: DetailRow,
  messages: MessageRows,
  events: EventRows,
  actor: Actor,
): TicketDetail {
  const messageItems: ThreadItem[] = messages.map(({ message, author, attachments }) =>
    presentMessage(message, author, attachments, actor),
  );
  const eventItems: ThreadItem[] = events.map(({ event, actor: eventActor }) =>
    presentEvent(event, eventActor),
  );
  // Time order; at the same moment a message comes before the event it caused.
  const thread = [...messageItems, ...eventItems].sort(
    (a, b) =>
      a.createdAt.localeCompare(b.createdAt) ||
      (a.type === b.type ? 0 : a.type === 'message' ? -1 : 1),
  );
  return {
    ...presentTicketSummary(row, row.minutesSpent),
    link: row.ticket.link,
    thread,
    abilities: {
      reply: can(actor, 'ticket.reply', row.ticket),
      addInternalNote: can(actor, 'ticket.add-internal-note', row.ticket),
      manage: can(actor, 'ticket.manage', row.ticket),
    },
  };
}
