import { eq } from 'drizzle-orm';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, loggedInClient } from '../../../test/support/api-client.js';
import { createCustomer, createSubscription, createUser } from '../../../test/support/factories.js';
import { HOUR, monthlyPeriodsOfAPackage } from '../../../test/support/periods.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { openTicketAs } from '../../../test/support/tickets.js';
import { formatHoursDecimal } from '../../shared/hours/index.js';
import { outboxEmails, packages, subscriptions } from '../db/schema.js';
import { issueDueStatements } from './statement-issue.js';

const { startDate: START_DATE, current, previous } = monthlyPeriodsOfAPackage();
const inPrevious = (hours: number) =>
  new Date(previous.start.getTime() + hours * HOUR).toISOString();

let t: TestApp;
let agent: ApiClient;
beforeAll(async () => {
  t = await createTestApp();
  const user = await createUser(t.db, 'agent');
  agent = await loggedInClient(t.app, user.email);
});
afterAll(() => t.close());

async function newCompany(hoursPerPeriod = 2) {
  const { company, admin, member } = await createCustomer(t.db);
  const { subscription } = await createSubscription(t.db, company.id, {
    startDate: START_DATE,
    hoursPerPeriod,
  });
  const clients = {
    admin: await loggedInClient(t.app, admin.email),
    member: await loggedInClient(t.app, member.email),
  };
  const ticket = await openTicketAs(clients.admin, { subscriptionId: subscription.id });
  return { company, admin, subscription, clients, ticket };
}

async function addTask(number: number, startedAt: string, durationMinutes: number) {
  const response = await agent.post(`/api/tickets/${number}/tasks`, {
    description: 'Μεταφορά αρχείων',
    startedAt,
    durationMinutes,
    reason: 'Καταγραφή από το ημερολόγιο',
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

const statementOf = async (client: ApiClient, periodStartDate: string) =>
  (await client.get('/api/statements'))
    .json()
    .items.find(
      (s: { figures: { periodStartDate: string } }) =>
        s.figures.periodStartDate === periodStartDate,
    );

describe('statements', () => {
  it('are issued once per ended period, reconcile with the ledger, and a later correction goes on the next', async () => {
    const { company, subscription, clients, ticket } = await newCompany(2);
    const task = await addTask(ticket, inPrevious(30), 90);
    await addTask(ticket, inPrevious(40), 45);
    await agent.post(`/api/companies/${company.id}/ledger/adjustments`, {
      subscriptionId: subscription.id,
      date: previous.startDate,
      minutes: -15,
      reason: 'Έκπτωση καλής θέλησης',
    });
    await addTask(ticket, new Date(Date.now() - 3 * HOUR).toISOString(), 30);

    expect(await issueDueStatements(t.db)).toBeGreaterThanOrEqual(1);
    expect(await issueDueStatements(t.db)).toBe(0);
    const statement = await statementOf(clients.admin, previous.startDate);
    expect(statement.figures).toMatchObject({
      periodStartDate: previous.startDate,
      periodLastDate: previous.lastDate,
      openingBalanceMinutes: 0,
      allowanceMinutes: 120,
      chargedMinutes: 135,
      adjustmentMinutes: -15,
      correctionMinutes: 0,
      closingBalanceMinutes: 0,
      overageMinutes: 0,
      byTicket: [{ ticketNumber: ticket, minutes: 135 }],
    });
    // To the minute: the lines it carries are the ledger's lines of that period.
    const ledger = (
      await clients.admin.get(
        `/api/ledger?subscriptionId=${subscription.id}&periodStartDate=${previous.startDate}`,
      )
    ).json();
    expect(ledger.totalMinutes).toBe(120);
    expect(statement.figures.lines.map((line: { id: string }) => line.id).sort()).toEqual(
      ledger.items.map((line: { id: string }) => line.id).sort(),
    );
    expect(ledger.items.every((line: { isStated: boolean }) => line.isStated)).toBe(true);
    const dashboard = (await clients.admin.get('/api/dashboard')).json();
    expect(dashboard.subscriptions[0].previousPeriod.summary.remainingMinutes).toBe(
      statement.figures.closingBalanceMinutes,
    );

    // A correction after it was issued: the old statement stays as it was.
    await agent.patch(`/api/tasks/${task.id}`, {
      durationMinutes: 120,
      reason: 'Κράτησε δύο ώρες',
    });
    expect((await statementOf(clients.admin, previous.startDate)).figures).toEqual(
      statement.figures,
    );
    // … and lands on the next one, when the current period ends.
    const afterCurrent = new Date(current.end!.getTime() + HOUR);
    await issueDueStatements(t.db, afterCurrent);
    const next = await statementOf(clients.admin, current.startDate);
    expect(next.figures).toMatchObject({
      chargedMinutes: 30,
      correctionMinutes: 30,
      closingBalanceMinutes: 60,
      overageMinutes: 0,
    });
  });

  it('are emailed to the company_admins who want them', async () => {
    const { clients, ticket, admin } = await newCompany(1);
    await addTask(ticket, inPrevious(30), 90);
    await issueDueStatements(t.db);
    const emails = await t.db
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.recipientUserId, admin.id));
    expect(emails.map((email) => email.kind)).toContain('statement_issued');
    const statement = await statementOf(clients.admin, previous.startDate);
    expect(statement.figures).toMatchObject({ closingBalanceMinutes: -30, overageMinutes: 30 });
    const email = emails.find((row) => row.data.statementId === statement.id);
    expect(email).toMatchObject({ kind: 'statement_issued', data: { overageMinutes: 30 } });
    // Switched off on the profile: the next statement is not emailed.
    await clients.admin.patch('/api/me/notifications', { statementIssued: false });
    await issueDueStatements(t.db, new Date(current.end!.getTime() + HOUR));
    const after = await t.db
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.recipientUserId, admin.id));
    expect(after).toHaveLength(emails.length);
  });

  it('as PDF carry the closing balance in Greek text, and as CSV the lines that add up', async () => {
    const { clients, ticket } = await newCompany(1);
    await addTask(ticket, inPrevious(30), 100);
    await issueDueStatements(t.db);
    const statement = await statementOf(clients.admin, previous.startDate);
    const pdf = await clients.admin.get(`/api/statements/${statement.id}/pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const document = await getDocumentProxy(new Uint8Array(pdf.rawPayload));
    const { text } = await extractText(document, { mergePages: true });
    expect(text).toContain('Κατάσταση ωρών');
    expect(text).toContain(
      `Υπόλοιπο κλεισίματος ${formatHoursDecimal(statement.figures.closingBalanceMinutes, 'el')}`,
    );
    expect(formatHoursDecimal(statement.figures.closingBalanceMinutes, 'el')).toBe('−0,75 ώρες');
    const csv = (await clients.admin.get(`/api/statements/${statement.id}/csv`)).body;
    expect(csv).toContain('"Υπόλοιπο κλεισίματος"');
    expect(csv).toContain('"-45"');
  });

  it('price the overage at the package rate, in the figures, the PDF and the CSV', async () => {
    const { clients, ticket, subscription } = await newCompany(1);
    const [row] = await t.db
      .select({ packageId: subscriptions.packageId })
      .from(subscriptions)
      .where(eq(subscriptions.id, subscription.id));
    await t.db
      .update(packages)
      .set({ overageRatePerHour: 40 })
      .where(eq(packages.id, row!.packageId));
    await addTask(ticket, inPrevious(30), 90);
    await issueDueStatements(t.db);
    const statement = await statementOf(clients.admin, previous.startDate);
    expect(statement.figures).toMatchObject({
      overageMinutes: 30,
      overageRatePerHour: 40,
      overageChargeCents: 2000,
    });
    const pdf = await clients.admin.get(`/api/statements/${statement.id}/pdf`);
    const document = await getDocumentProxy(new Uint8Array(pdf.rawPayload));
    const { text } = await extractText(document, { mergePages: true });
    expect(text).toContain('Χρέωση υπέρβασης');
    expect(text).toMatch(/20,00\s€/);
    const csv = (await clients.admin.get(`/api/statements/${statement.id}/csv`)).body;
    expect(csv).toContain('"Χρέωση υπέρβασης (€)"');
    expect(csv).toContain('"20,00"');
  });

  it('are for company_admins and staff; another company’s are 404; an open period is refused', async () => {
    const mine = await newCompany();
    const theirs = await newCompany();
    await addTask(theirs.ticket, inPrevious(30), 60);
    await issueDueStatements(t.db);
    const statement = await statementOf(theirs.clients.admin, previous.startDate);
    expect((await mine.clients.admin.get(`/api/statements/${statement.id}`)).statusCode).toBe(404);
    expect((await mine.clients.admin.get(`/api/statements/${statement.id}/pdf`)).statusCode).toBe(
      404,
    );
    expect(
      (await mine.clients.admin.get(`/api/statements?companyId=${theirs.company.id}`)).statusCode,
    ).toBe(404);
    expect((await theirs.clients.member.get('/api/statements')).statusCode).toBe(403);
    expect(
      (await agent.get(`/api/statements?companyId=${theirs.company.id}`)).json().items.length,
    ).toBeGreaterThan(0);
    expect((await agent.get('/api/statements')).statusCode).toBe(400);

    const url = `/api/subscriptions/${mine.subscription.id}/statements`;
    const open = await agent.post(url, { periodStartDate: current.startDate });
    expect(open.statusCode).toBe(409);
    expect(open.json().code).toBe('statement_period_open');
    expect((await agent.post(url, { periodStartDate: '2001-01-01' })).statusCode).toBe(400);
    expect(
      (await mine.clients.admin.post(url, { periodStartDate: previous.startDate })).statusCode,
    ).toBe(403);
    const issued = await agent.post(url, { periodStartDate: previous.startDate });
    expect(issued.statusCode).toBe(201);
    const again = await agent.post(url, { periodStartDate: previous.startDate });
    expect(again.json().id).toBe(issued.json().id);
  });
});
