import type { Dispute, LedgerEntry } from '../../shared/api/ledger.js';
import { isStaffRole } from '../../shared/roles.js';
import type { Actor } from '../policies/actor.js';
import { can } from '../policies/authorize.js';
import type { listDisputeMessages, listDisputesOfEntries } from './disputes.repository.js';
import type { LedgerView } from './ledger.repository.js';

type Person = { id: string; firstName: string; lastName: string; role: string } | null;
type DisputeRows = Awaited<ReturnType<typeof listDisputesOfEntries>>;
type MessageRows = Awaited<ReturnType<typeof listDisputeMessages>>;

/** A person as a ledger line names them: their name, and whether they are support staff. */
export const presentPerson = (person: Person) =>
  person
    ? {
        id: person.id,
        name: `${person.firstName} ${person.lastName}`.trim(),
        isStaff: isStaffRole(person.role as Parameters<typeof isStaffRole>[0]),
      }
    : null;

/** The task's description a line is about: after the change, or as it was when deleted. */
function descriptionOf(details: Record<string, unknown> | null): string | null {
  for (const key of ['after', 'before'] as const) {
    const snapshot = details?.[key] as { description?: unknown } | undefined;
    if (typeof snapshot?.description === 'string') return snapshot.description;
  }
  return null;
}

/** The disputes of some lines with their threads, by line id. */
export function presentDisputes(
  disputes: DisputeRows,
  messages: MessageRows,
): Map<string, Dispute> {
  return new Map(
    disputes.map(({ dispute, openedBy }) => [
      dispute.entryId,
      {
        id: dispute.id,
        entryId: dispute.entryId,
        status: dispute.status,
        openedBy: presentPerson(openedBy?.id ? openedBy : null),
        openedAt: dispute.createdAt.toISOString(),
        resolvedAt: dispute.resolvedAt?.toISOString() ?? null,
        correctionEntryId: dispute.correctionEntryId,
        messages: messages
          .filter((row) => row.message.disputeId === dispute.id)
          .map(({ message, author }) => ({
            id: message.id,
            author: presentPerson(author?.id ? author : null),
            body: message.body,
            at: message.createdAt.toISOString(),
          })),
      },
    ]),
  );
}

/** One ledger line for the actor: exactly these fields leave the server. */
export function presentLedgerEntry(
  view: LedgerView,
  dispute: Dispute | null,
  actor: Actor,
): LedgerEntry {
  const { entry, ticket, packageName } = view;
  return {
    id: entry.id,
    at: entry.createdAt.toISOString(),
    kind: entry.kind,
    minutes: entry.minutes,
    chargedAt: entry.chargedAt.toISOString(),
    subscriptionId: entry.subscriptionId,
    packageName,
    periodStartDate: entry.periodStartDate,
    periodLastDate: entry.periodLastDate,
    ticket: ticket ? { number: ticket.number, subject: ticket.subject } : null,
    taskId: entry.taskId,
    description: descriptionOf(entry.details),
    actor: presentPerson(view.actor?.id ? view.actor : null),
    reason: entry.reason,
    isLate: entry.isLate,
    isStated: entry.statementId !== null,
    dispute,
    abilities: {
      dispute:
        dispute === null &&
        can(actor, 'ledger.dispute', {
          companyId: entry.companyId,
          requesterId: ticket?.requesterId ?? null,
        }),
    },
  };
}
