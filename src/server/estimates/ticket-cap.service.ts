import { and, eq, ne, notExists } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.repository.js';
import { findCompanyById, updateCompany } from '../companies/companies.repository.js';
import type { Database } from '../db/database.js';
import { companies, ticketEstimates, tickets } from '../db/schema.js';
import { conflict, notFound } from '../http/errors.js';
import type { RequestContext } from '../http/request-context.js';
import type { Actor } from '../policies/actor.js';
import { authorize } from '../policies/authorize.js';
import { listBillableTasksOfTicket } from './estimates.repository.js';
import { minutesTaken } from './ticket-allowance.js';

/** «Όριο ωρών ανά αίτημα χωρίς έγκριση»: anyone of the company may read it. */
export async function getTicketCap(db: Database, actor: Actor, companyId: string) {
  authorize(actor, 'company.view', { id: companyId });
  const company = await findCompanyById(db, companyId);
  if (!company) throw notFound();
  return { ticketCapMinutes: company.ticketCapMinutes };
}

/**
 * Sets the cap (company_admin, or staff). It may not be below the billable work
 * already done on an open ticket it would govern (one with no estimate): 409
 * ticket_cap_below_work, nothing changed — such a ticket needs an estimate first.
 */
export async function setTicketCap(
  db: Database,
  actor: Actor,
  companyId: string,
  ticketCapMinutes: number | null,
  context: RequestContext,
) {
  authorize(actor, 'ticket-cap.manage', { id: companyId });
  return db.transaction(async (tx) => {
    // The company row first: two cap changes queue here.
    const [company] = await tx
      .select()
      .from(companies)
      .where(eq(companies.id, companyId))
      .for('update');
    if (!company) throw notFound();
    const now = new Date();
    if (ticketCapMinutes !== null) {
      const governed = await tx
        .select({ id: tickets.id, number: tickets.number })
        .from(tickets)
        .where(
          and(
            eq(tickets.companyId, companyId),
            ne(tickets.status, 'closed'),
            notExists(
              tx
                .select({ id: ticketEstimates.id })
                .from(ticketEstimates)
                .where(
                  and(
                    eq(ticketEstimates.ticketId, tickets.id),
                    ne(ticketEstimates.status, 'withdrawn'),
                  ),
                ),
            ),
          ),
        );
      for (const ticket of governed) {
        const used = minutesTaken(await listBillableTasksOfTicket(tx, ticket.id), now);
        if (used > ticketCapMinutes) {
          throw conflict(
            'ticket_cap_below_work',
            `Ticket #${ticket.number} already has ${used} billable minutes, more than the cap of ${ticketCapMinutes}`,
          );
        }
      }
    }
    await updateCompany(tx, companyId, { ticketCapMinutes });
    await recordAudit(tx, {
      action: 'company.ticket_cap_updated',
      actorUserId: actor.userId,
      companyId,
      entityType: 'company',
      entityId: companyId,
      data: { before: company.ticketCapMinutes, after: ticketCapMinutes },
      ...context,
    });
    return { ticketCapMinutes };
  });
}
