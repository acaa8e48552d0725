import { type ApiClient, loggedInClient } from '../../test/support/api-client.js';
import { createCustomer, createSubscription, createUser } from '../../test/support/factories.js';
import { openTicketAs } from '../../test/support/tickets.js';
import type { E2eServer } from './e2e-server.js';

/** What the page-by-page checks (accessibility, screen widths) walk through. */
export interface SampleCompany {
  adminEmail: string;
  customerEmail: string;
  companyId: string;
  ticketNumber: number;
  /** The customer company's package, for more tickets. */
  subscriptionId: string;
  agent: ApiClient;
  customer: ApiClient;
}

/**
 * A staff admin and agent, a customer company with a package, and a ticket with a
 * staff reply and a finished task: enough for every page to show its content
 * rather than its empty state.
 */
export async function seedSampleCompany(
  server: E2eServer,
  subject = 'Δεν λειτουργεί το email',
): Promise<SampleCompany> {
  const { db, app } = server;
  const adminEmail = (await createUser(db, 'admin')).email;
  const agent = await loggedInClient(app, (await createUser(db, 'agent')).email);
  const { company, admin } = await createCustomer(db);
  const { subscription } = await createSubscription(db, company.id, { name: 'Support Basic' });
  const customer = await loggedInClient(app, admin.email);
  const ticketNumber = await openTicketAs(customer, { subject, subscriptionId: subscription.id });
  await agent.post(`/api/tickets/${ticketNumber}/messages`, { body: 'Το κοιτάμε τώρα.' });
  await agent.post(`/api/tickets/${ticketNumber}/tasks`, {
    description: 'Έλεγχος ρυθμίσεων',
    startedAt: new Date(Date.now() - 3_600_000).toISOString(),
    durationMinutes: 20,
  });
  return {
    adminEmail,
    customerEmail: admin.email,
    companyId: company.id,
    ticketNumber,
    subscriptionId: subscription.id,
    agent,
    customer,
  };
}
