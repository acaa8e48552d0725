import { type TargetTerms, ticketDueTimes } from '../../shared/targets/ticket-due.js';
import { businessHoursOf } from '../../shared/targets/working-calendar.js';
import type { Executor } from '../db/database.js';
import {
  packageTermsOfSubscription,
  statusMovesOfTicket,
  ticketTimingOf,
  writeTicketDueTimes,
} from './targets.repository.js';

const NO_DUE_TIMES = { firstResponseDueAt: null, resolutionDueAt: null };

const minutesOf = (hours: number | null) => (hours === null ? null : Math.round(hours * 60));

/** A package's targets columns; business hours null = no package (a ticket's outer join). */
interface PackageTargets {
  firstResponseTargetHours: number | null;
  resolutionTargetHours: number | null;
  businessHoursStart: string | null;
  businessHoursEnd: string | null;
}

/** A package's targets as the due-time math takes them (null: no package, or it sets none). */
function targetTermsOf(row: PackageTargets | undefined): TargetTerms | null {
  if (
    !row ||
    row.businessHoursStart === null ||
    row.businessHoursEnd === null ||
    (row.firstResponseTargetHours === null && row.resolutionTargetHours === null)
  ) {
    return null;
  }
  return {
    firstResponseMinutes: minutesOf(row.firstResponseTargetHours),
    resolutionMinutes: minutesOf(row.resolutionTargetHours),
    hours: businessHoursOf(row.businessHoursStart, row.businessHoursEnd),
  };
}

/** The targets of the package a subscription is of (null: no package, so no targets). */
async function termsOf(tx: Executor, subscriptionId: string | null): Promise<TargetTerms | null> {
  if (!subscriptionId) return null;
  return targetTermsOf(await packageTermsOfSubscription(tx, subscriptionId));
}

/** The due times a ticket opened now on a subscription starts with (written with the ticket). */
export async function dueTimesOfNewTicket(
  tx: Executor,
  subscriptionId: string | null,
  createdAt: Date,
) {
  const terms = await termsOf(tx, subscriptionId);
  return terms ? ticketDueTimes(createdAt, terms, []) : NO_DUE_TIMES;
}

/**
 * Works a ticket's due times out again, in the caller's transaction, after its status
 * or its package changed: the resolution clock stood still while it waited for the
 * customer (read from its status events), and the package's targets may be new.
 */
export async function refreshTicketDueTimes(tx: Executor, ticketId: string): Promise<void> {
  const ticket = await ticketTimingOf(tx, ticketId);
  if (!ticket) return;
  // A ticket without a package has no targets (the joined columns are null).
  const terms = targetTermsOf(ticket);
  // The status history matters only to a resolution target.
  const moves = terms?.resolutionMinutes != null ? await statusMovesOfTicket(tx, ticketId) : [];
  const due = terms ? ticketDueTimes(ticket.createdAt, terms, moves) : NO_DUE_TIMES;
  // Most moves change nothing (a pause counts once it ends): the busy row is left alone then.
  if (
    sameInstant(due.firstResponseDueAt, ticket.firstResponseDueAt) &&
    sameInstant(due.resolutionDueAt, ticket.resolutionDueAt)
  ) {
    return;
  }
  await writeTicketDueTimes(tx, ticketId, due);
}

const sameInstant = (a: Date | null, b: Date | null) => a?.getTime() === b?.getTime();
