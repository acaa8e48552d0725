import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../../test/support/api-client.js';
import { createCustomer, createUser, TEST_PASSWORD } from '../../../test/support/factories.js';
import { PNG_1PX } from '../../../test/support/files.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { openTicketAs } from '../../../test/support/tickets.js';
import { auditEntries } from '../db/schema.js';

let t: TestApp;
let agent: ApiClient;
let agentId: string;
beforeAll(async () => {
  t = await createTestApp();
  const user = await createUser(t.db, 'agent');
  agentId = user.id;
  agent = new ApiClient(t.app);
  await agent.logIn(user.email, TEST_PASSWORD);
});
afterAll(() => t.close());

async function newTicket() {
  const customer = await createCustomer(t.db);
  const client = new ApiClient(t.app);
  await client.logIn(customer.member.email, TEST_PASSWORD);
  const number = await openTicketAs(client);
  return { customer, client, number };
}

const statusOf = async (client: ApiClient, number: number) =>
  (await client.get(`/api/tickets/${number}`)).json().status;
const events = async (client: ApiClient, number: number) =>
  (await client.get(`/api/tickets/${number}`))
    .json()
    .thread.filter((i: { type: string }) => i.type === 'event')
    .map((i: { kind: string; data: object }) => ({ kind: i.kind, ...i.data }));

describe('status changes by themselves (DESIGN.md)', () => {
  it('open → waiting_customer on a staff reply → open on the customer reply', async () => {
    const { client, number } = await newTicket();
    expect(await statusOf(client, number)).toBe('open');
    const staffReply = await agent.post(`/api/tickets/${number}/messages`, {
      body: 'Μπορείτε να δοκιμάσετε ξανά;',
    });
    expect(staffReply.statusCode).toBe(201);
    expect(staffReply.json().status).toBe('waiting_customer');
    const customerReply = await client.post(`/api/tickets/${number}/messages`, {
      body: 'Ακόμα δεν δουλεύει.',
    });
    expect(customerReply.json().status).toBe('open');
    expect(await events(client, number)).toEqual([
      { kind: 'created' },
      { kind: 'status_changed', from: 'open', to: 'waiting_customer' },
      { kind: 'status_changed', from: 'waiting_customer', to: 'open' },
    ]);
  });

  it('staff set it in progress, and an internal note changes nothing', async () => {
    const { client, number } = await newTicket();
    expect(
      (await agent.patch(`/api/tickets/${number}`, { status: 'in_progress' })).json().status,
    ).toBe('in_progress');
    const note = await agent.post(`/api/tickets/${number}/messages`, {
      body: 'Ελέγχω τον mail server.',
      isInternal: true,
    });
    expect(note.statusCode).toBe(201);
    expect(note.json().status).toBe('in_progress');
    expect(await statusOf(client, number)).toBe('in_progress');
  });

  it('staff close it with a last message; the customer reopens it by replying', async () => {
    const { client, number } = await newTicket();
    const closed = await agent.post(`/api/tickets/${number}/close`, {
      body: 'Διορθώθηκε, κλείνουμε το αίτημα.',
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', closedAt: expect.any(String) });
    const seen = (await client.get(`/api/tickets/${number}`)).json();
    expect(seen.status).toBe('closed');
    expect(seen.thread.at(-2)).toMatchObject({
      type: 'message',
      body: 'Διορθώθηκε, κλείνουμε το αίτημα.',
    });
    expect(seen.abilities.reply).toBe(true);

    const reopened = await client.post(`/api/tickets/${number}/messages`, {
      body: 'Το πρόβλημα ξαναεμφανίστηκε.',
    });
    expect(reopened.json()).toMatchObject({ status: 'open', closedAt: null });
    expect((await events(client, number)).slice(-2)).toEqual([
      { kind: 'closed', from: 'open', to: 'closed' },
      { kind: 'reopened', from: 'closed', to: 'open' },
    ]);
    const audit = await t.db
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.entityId, String(number)));
    expect(audit.map((entry) => entry.action)).toEqual([
      'ticket.created',
      'ticket.closed',
      'ticket.reopened',
    ]);
  });

  it('staff reopen a closed ticket, and assign it', async () => {
    const { client, number } = await newTicket();
    await agent.post(`/api/tickets/${number}/close`, {});
    expect((await agent.post(`/api/tickets/${number}/reopen`)).json().status).toBe('open');
    const assigned = await agent.patch(`/api/tickets/${number}`, {
      assigneeId: agentId,
      priority: 'high',
    });
    expect(assigned.json()).toMatchObject({
      assignee: { id: agentId, isStaff: true },
      priority: 'high',
    });
    expect((await events(client, number)).slice(-2)).toEqual([
      { kind: 'assigned', from: null, to: agentId, toName: 'Μαρία Παπαδοπούλου' },
      { kind: 'priority_changed', from: 'normal', to: 'high' },
    ]);
  });

  it('refuses to assign a ticket to a customer', async () => {
    const { customer, number } = await newTicket();
    const response = await agent.patch(`/api/tickets/${number}`, { assigneeId: customer.admin.id });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ field: 'assigneeId', code: 'invalid_value' }]);
  });
});

describe('internal notes', () => {
  it('never reach a customer: not in the thread, not by attachment, not by search', async () => {
    const { client, number } = await newTicket();
    const file = await agent.uploadId('internal.png', PNG_1PX);
    await agent.post(`/api/tickets/${number}/messages`, {
      body: 'ΕΣΩΤΕΡΙΚΟ μυστικό σημείωμα',
      isInternal: true,
      attachmentIds: [file],
    });
    const staffView = (await agent.get(`/api/tickets/${number}`)).json();
    expect(
      staffView.thread.some(
        (i: { body?: string; isInternal?: boolean }) =>
          i.isInternal && i.body === 'ΕΣΩΤΕΡΙΚΟ μυστικό σημείωμα',
      ),
    ).toBe(true);

    const customerView = await client.get(`/api/tickets/${number}`);
    expect(customerView.body).not.toContain('μυστικό');
    expect(customerView.body).not.toContain(file);
    expect((await client.get(`/api/attachments/${file}`)).statusCode).toBe(404);
    expect((await client.get('/api/tickets?q=μυστικο')).json().total).toBe(0);
    expect((await agent.get(`/api/attachments/${file}`)).statusCode).toBe(200);
  });

  it('cannot be written by customers', async () => {
    const { client, number } = await newTicket();
    const response = await client.post(`/api/tickets/${number}/messages`, {
      body: 'κρυφό',
      isInternal: true,
    });
    expect(response.statusCode).toBe(403);
    expect((await client.get(`/api/tickets/${number}`)).body).not.toContain('κρυφό');
  });
});

describe('replies', () => {
  it('carry files and reject an empty body', async () => {
    const { client, number } = await newTicket();
    const file = await client.uploadId('screen.png', PNG_1PX);
    const reply = await client.post(`/api/tickets/${number}/messages`, {
      body: 'Δείτε την εικόνα',
      attachmentIds: [file],
    });
    expect(reply.statusCode).toBe(201);
    const { message } = reply.json();
    expect(message.body).toBe('Δείτε την εικόνα');
    expect(message.attachments).toEqual([expect.objectContaining({ id: file, isImage: true })]);
    const empty = await client.post(`/api/tickets/${number}/messages`, { body: '  ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors).toEqual([{ field: 'body', code: 'required' }]);
  });
});
