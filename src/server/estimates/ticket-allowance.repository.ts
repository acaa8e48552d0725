import { eq } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { companies } from '../db/schema.js';
import { conflict } from '../http/errors.js';
import { listBillableTasksOfTicket, listEstimatesOfTicket } from './estimates.repository.js';
import {
  type Allowance,
  allowanceOf,
  type BillableTask,
  minutesTaken,
} from './ticket-allowance.js';

/** Where a ticket's billable work stands: its allowance and its billable tasks. */
export interface TicketAllowanceState extends Allowance {
  tasks: BillableTask[];
}

export async function companyTicketCap(db: Executor, companyId: string): Promise<number | null> {
  const [row] = await db
    .select({ cap: companies.ticketCapMinutes })
    .from(companies)
    .where(eq(companies.id, companyId));
  return row?.cap ?? null;
}

/** Reads a ticket's allowance; call it after locking the ticket so the answer holds until commit. */
export async function loadTicketAllowance(
  db: Executor,
  ticket: { id: string; companyId: string },
): Promise<TicketAllowanceState> {
  // One after another: inside a transaction a pg client runs one query at a time.
  const estimates = await listEstimatesOfTicket(db, ticket.id);
  const cap = await companyTicketCap(db, ticket.companyId);
  const tasks = await listBillableTasksOfTicket(db, ticket.id);
  return { ...allowanceOf(estimates, cap), tasks };
}

/**
 * Refuses billable work that would pass the ticket's allowance: 409
 * estimate_approval_required, which the dialog answers with non-billable work or
 * a new estimate. `addMinutes` is what the new work charges (0 for a timer that
 * starts: it may start while anything is left). `excludeTaskId` leaves out the
 * task being edited, whose new minutes are `addMinutes`.
 */
export async function checkBillableAllowance(
  db: Executor,
  ticket: { id: string; companyId: string; number: number },
  addMinutes: number,
  now: Date,
  excludeTaskId?: string,
): Promise<void> {
  const state = await loadTicketAllowance(db, ticket);
  if (state.limitMinutes === null) return;
  const others = state.tasks.filter((task) => task.id !== excludeTaskId);
  const used = minutesTaken(others, now);
  const fits =
    addMinutes === 0 ? used < state.limitMinutes : used + addMinutes <= state.limitMinutes;
  if (fits) return;
  throw conflict(
    'estimate_approval_required',
    `Ticket #${ticket.number} has used ${used} of its ${state.limitMinutes} approved billable minutes; log the work as non-billable or add an estimate for the customer to approve`,
  );
}
