import type { TicketStatus } from '../tickets/ticket-status.js';
import {
  addBusinessMinutes,
  type BusinessHours,
  businessMinutesBetween,
} from './working-calendar.js';

/** A package's promises, in business minutes (null: no target). */
export interface TargetTerms {
  firstResponseMinutes: number | null;
  resolutionMinutes: number | null;
  hours: BusinessHours;
}

/** A status move in the ticket's history (from ticket_events). */
export interface StatusMove {
  at: Date;
  from: TicketStatus;
  to: TicketStatus;
}

/** A stretch of time the resolution clock stood still (the ticket waited for the customer). */
export interface Pause {
  from: Date;
  to: Date;
}

/**
 * The finished pauses in a ticket's history: from each move into «Αναμονή πελάτη» to
 * the next move out of it. A pause still going on is left out (the ticket's status
 * says it is paused; its due time is worked out again when it moves on).
 */
export function finishedPauses(moves: readonly StatusMove[]): Pause[] {
  const pauses: Pause[] = [];
  let pausedAt: Date | null = null;
  for (const move of [...moves].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    if (move.to === 'waiting_customer' && pausedAt === null) pausedAt = move.at;
    else if (move.to !== 'waiting_customer' && pausedAt !== null) {
      pauses.push({ from: pausedAt, to: move.at });
      pausedAt = null;
    }
  }
  return pauses;
}

/**
 * When a resolution target falls due: `targetMinutes` business minutes of the clock
 * running from `createdAt`, where the clock stands still during each pause. A pause
 * that begins after the target has already passed moves nothing.
 */
export function resolutionDueAt(
  createdAt: Date,
  targetMinutes: number,
  pauses: readonly Pause[],
  hours?: BusinessHours,
): Date {
  let cursor = createdAt;
  let remaining = targetMinutes;
  for (const pause of [...pauses].sort((a, b) => a.from.getTime() - b.from.getTime())) {
    if (pause.to <= cursor) continue;
    const running = businessMinutesBetween(cursor, pause.from, hours);
    if (running >= remaining) break;
    remaining -= running;
    cursor = pause.to;
  }
  return addBusinessMinutes(cursor, remaining, hours);
}

/** The due instants a ticket carries, from its package's targets and its status history. */
export function ticketDueTimes(
  createdAt: Date,
  terms: TargetTerms,
  moves: readonly StatusMove[],
): { firstResponseDueAt: Date | null; resolutionDueAt: Date | null } {
  return {
    firstResponseDueAt:
      terms.firstResponseMinutes === null
        ? null
        : addBusinessMinutes(createdAt, terms.firstResponseMinutes, terms.hours),
    resolutionDueAt:
      terms.resolutionMinutes === null
        ? null
        : resolutionDueAt(createdAt, terms.resolutionMinutes, finishedPauses(moves), terms.hours),
  };
}
