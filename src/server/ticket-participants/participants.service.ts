import type {
  ColleagueCandidateList,
  ParticipantList,
} from '../../shared/api/ticket-participants.js';
import { recordAudit } from '../audit/audit.repository.js';
import type { Database, Executor } from '../db/database.js';
import { unprocessable } from '../http/errors.js';
import type { RequestContext } from '../http/request-context.js';
import type { Actor } from '../policies/actor.js';
import { authorize, can } from '../policies/authorize.js';
import { insertTicketEvent } from '../tickets/thread.repository.js';
import { findVisibleTicket } from '../tickets/tickets.service.js';
import {
  deleteParticipant,
  findActiveCompanyPerson,
  insertParticipant,
  listActiveCompanyPeople,
  listParticipants,
} from './participants.repository.js';

const nameOf = (person: { firstName: string; lastName: string }) =>
  `${person.firstName} ${person.lastName}`.trim();

/** The ticket's colleagues, for whoever may see the ticket. */
export async function findParticipants(
  db: Database,
  actor: Actor,
  number: number,
): Promise<ParticipantList> {
  const { ticket } = await findVisibleTicket(db, actor, number);
  const people = await listParticipants(db, ticket.id);
  return {
    items: people.map((person) => ({ id: person.id, name: nameOf(person) })),
    canManage: can(actor, 'ticket.manage-participants', ticket),
  };
}

/**
 * Whom the picker offers: the active people of the ticket's own company (never
 * another company's, never staff), less the requester and those already on it.
 */
export async function findColleagueCandidates(
  db: Database,
  actor: Actor,
  number: number,
): Promise<ColleagueCandidateList> {
  const { ticket } = await findVisibleTicket(db, actor, number);
  authorize(actor, 'ticket.manage-participants', ticket);
  const taken = new Set([ticket.requesterId, ...ticket.participantIds]);
  const people = await listActiveCompanyPeople(db, ticket.companyId);
  return {
    items: people
      .filter((person) => !taken.has(person.id))
      .map((person) => ({ id: person.id, name: nameOf(person) })),
  };
}

/**
 * Adds a colleague of the ticket's company. Anyone else (another company's,
 * staff, inactive, unknown) gets the same 422, so that the answer does not tell
 * whether such a person exists. Adding someone already on it changes nothing.
 */
export async function addParticipant(
  db: Database,
  actor: Actor,
  number: number,
  userId: string,
  context: RequestContext,
): Promise<ParticipantList> {
  const { ticket } = await findVisibleTicket(db, actor, number);
  authorize(actor, 'ticket.manage-participants', ticket);
  const person = await findActiveCompanyPerson(db, ticket.companyId, userId);
  if (!person) throw unprocessable('colleague_not_available', 'Not an active colleague');
  if (person.id !== ticket.requesterId) {
    await db.transaction(async (tx) => {
      const now = new Date();
      const isNew = await insertParticipant(tx, {
        ticketId: ticket.id,
        userId: person.id,
        addedBy: actor.userId,
        addedAt: now,
      });
      if (!isNew) return;
      await insertTicketEvent(tx, {
        ticketId: ticket.id,
        companyId: ticket.companyId,
        actorId: actor.userId,
        kind: 'participant_added',
        // The name as it was, so the thread reads without looking the person up.
        data: { userId: person.id, name: nameOf(person) },
        createdAt: now,
      });
      await auditParticipantChange(tx, 'ticket.participant_added', ticket, actor, person, context);
    });
  }
  return findParticipants(db, actor, number);
}

/** Removes a colleague: they no longer see the ticket nor get its emails. Idempotent. */
export async function removeParticipant(
  db: Database,
  actor: Actor,
  number: number,
  userId: string,
  context: RequestContext,
): Promise<void> {
  const { ticket } = await findVisibleTicket(db, actor, number);
  authorize(actor, 'ticket.manage-participants', ticket);
  const people = await listParticipants(db, ticket.id);
  const person = people.find((candidate) => candidate.id === userId);
  if (!person) return;
  await db.transaction(async (tx) => {
    const now = new Date();
    if (!(await deleteParticipant(tx, ticket.id, userId))) return;
    await insertTicketEvent(tx, {
      ticketId: ticket.id,
      companyId: ticket.companyId,
      actorId: actor.userId,
      kind: 'participant_removed',
      data: { userId, name: nameOf(person) },
      createdAt: now,
    });
    await auditParticipantChange(tx, 'ticket.participant_removed', ticket, actor, person, context);
  });
}

/** Who may see a ticket is a matter for the audit log as well as the thread. */
async function auditParticipantChange(
  tx: Executor,
  action: 'ticket.participant_added' | 'ticket.participant_removed',
  ticket: { number: number; companyId: string },
  actor: Actor,
  person: { id: string; firstName: string; lastName: string },
  context: RequestContext,
): Promise<void> {
  await recordAudit(tx, {
    action,
    actorUserId: actor.userId,
    companyId: ticket.companyId,
    entityType: 'ticket',
    entityId: String(ticket.number),
    data: { userId: person.id, name: nameOf(person) },
    ...context,
  });
}
