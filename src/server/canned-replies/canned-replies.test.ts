import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, loggedInClient } from '../../../test/support/api-client.js';
import { createCustomer, createUser } from '../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { openTicketAs } from '../../../test/support/tickets.js';
import { auditEntries } from '../db/schema.js';

let t: TestApp;
let admin: ApiClient;
let agent: ApiClient;
let otherAgent: ApiClient;
beforeAll(async () => {
  t = await createTestApp();
  admin = await loggedInClient(t.app, (await createUser(t.db, 'admin')).email);
  const agentUser = await createUser(t.db, 'agent', { firstName: 'Νίκος', lastName: 'Αγγέλου' });
  agent = await loggedInClient(t.app, agentUser.email);
  otherAgent = await loggedInClient(t.app, (await createUser(t.db, 'agent')).email);
});
afterAll(() => t.close());

const reply = (values: Record<string, unknown> = {}) => ({
  title: 'Καλωσόρισμα',
  body: 'Καλημέρα {{customer_name}}, λάβαμε το αίτημα #{{ticket_number}}. {{agent_name}}',
  language: 'el',
  ...values,
});

async function titlesSeenBy(client: ApiClient, q?: string): Promise<string[]> {
  const response = await client.get(`/api/canned-replies${q ? `?q=${encodeURIComponent(q)}` : ''}`);
  expect(response.statusCode).toBe(200);
  return response.json().items.map((item: { title: string }) => item.title);
}

describe('canned replies: who sees and manages which', () => {
  it('shows shared ones to every agent and personal ones to their owner alone', async () => {
    const shared = await admin.post(
      '/api/canned-replies',
      reply({ title: 'Κοινή', isShared: true }),
    );
    expect(shared.statusCode).toBe(201);
    expect(shared.json()).toMatchObject({ isShared: true, canEdit: true });
    const own = await agent.post('/api/canned-replies', reply({ title: 'Δική μου' }));
    expect(own.statusCode).toBe(201);
    expect(own.json()).toMatchObject({ isShared: false, canEdit: true });

    expect(await titlesSeenBy(agent)).toEqual(expect.arrayContaining(['Κοινή', 'Δική μου']));
    const others = await titlesSeenBy(otherAgent);
    expect(others).toContain('Κοινή');
    expect(others).not.toContain('Δική μου');
    // An agent sees a shared one but may not change it.
    const listed = (await otherAgent.get('/api/canned-replies')).json().items;
    expect(listed.find((item: { title: string }) => item.title === 'Κοινή').canEdit).toBe(false);

    // Another agent's personal reply does not exist for them; a shared one is refused.
    const ownId = own.json().id;
    const sharedId = shared.json().id;
    expect((await otherAgent.patch(`/api/canned-replies/${ownId}`, reply())).statusCode).toBe(404);
    expect((await otherAgent.delete(`/api/canned-replies/${ownId}`)).statusCode).toBe(404);
    expect((await agent.patch(`/api/canned-replies/${sharedId}`, reply())).statusCode).toBe(403);
    expect((await agent.delete(`/api/canned-replies/${sharedId}`)).statusCode).toBe(403);
    // Only admins share.
    expect((await agent.post('/api/canned-replies', reply({ isShared: true }))).statusCode).toBe(
      403,
    );

    const renamed = await agent.patch(
      `/api/canned-replies/${ownId}`,
      reply({ title: 'Νέος τίτλος', language: 'en' }),
    );
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ title: 'Νέος τίτλος', language: 'en', isShared: false });
    expect((await agent.delete(`/api/canned-replies/${ownId}`)).statusCode).toBe(204);
    expect(await titlesSeenBy(agent)).not.toContain('Νέος τίτλος');
  });

  it('audits shared replies (title, never the text) and not personal ones', async () => {
    const shared = (
      await admin.post('/api/canned-replies', reply({ title: 'Ελέγχεται', isShared: true }))
    ).json();
    await admin.patch(`/api/canned-replies/${shared.id}`, reply({ title: 'Ελέγχθηκε' }));
    await admin.delete(`/api/canned-replies/${shared.id}`);
    const entries = await t.db
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.entityId, shared.id));
    expect(entries.map((entry) => entry.action).sort()).toEqual([
      'canned_reply.created',
      'canned_reply.deleted',
      'canned_reply.updated',
    ]);
    expect(JSON.stringify(entries.map((entry) => entry.data))).not.toContain('{{customer_name}}');

    const personal = (await agent.post('/api/canned-replies', reply())).json();
    const none = await t.db
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.entityId, personal.id));
    expect(none).toHaveLength(0);
  });

  it('finds replies by words of the title or body, accents and case aside', async () => {
    await agent.post(
      '/api/canned-replies',
      reply({ title: 'Επαναφορά κωδικού', body: 'Πατήστε «Ξέχασα τον κωδικό».' }),
    );
    expect(await titlesSeenBy(agent, 'ΚΩΔΙΚΟΥ')).toContain('Επαναφορά κωδικού');
    expect(await titlesSeenBy(agent, 'ξεχασα')).toContain('Επαναφορά κωδικού');
    expect(await titlesSeenBy(agent, 'κωδικού τιμολόγιο')).not.toContain('Επαναφορά κωδικού');
  });

  it('refuses bad input with the field named', async () => {
    const empty = await agent.post('/api/canned-replies', reply({ title: '  ' }));
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0].field).toBe('title');
    const language = await agent.post('/api/canned-replies', reply({ language: 'de' }));
    expect(language.statusCode).toBe(400);
    expect(language.json().errors[0].field).toBe('language');
    expect((await agent.patch('/api/canned-replies/not-a-uuid', reply())).statusCode).toBe(400);
  });

  it('refuses customers every route', async () => {
    const { admin: companyAdmin } = await createCustomer(t.db);
    const customer = await loggedInClient(t.app, companyAdmin.email);
    const shared = (await admin.post('/api/canned-replies', reply({ isShared: true }))).json();
    const number = await openTicketAs(customer);
    expect((await customer.get('/api/canned-replies')).statusCode).toBe(403);
    expect((await customer.post('/api/canned-replies', reply())).statusCode).toBe(403);
    expect((await customer.patch(`/api/canned-replies/${shared.id}`, reply())).statusCode).toBe(
      403,
    );
    expect((await customer.delete(`/api/canned-replies/${shared.id}`)).statusCode).toBe(403);
    expect(
      (await customer.get(`/api/tickets/${number}/canned-replies/${shared.id}`)).statusCode,
    ).toBe(403);
  });
});

describe('a canned reply filled for a ticket', () => {
  it('puts in the requester’s first name, the ticket’s number and the agent’s name', async () => {
    const customer = await createCustomer(t.db);
    const member = await loggedInClient(t.app, customer.member.email);
    const number = await openTicketAs(member);
    const own = (await agent.post('/api/canned-replies', reply())).json();
    const filled = await agent.get(`/api/tickets/${number}/canned-replies/${own.id}`);
    expect(filled.statusCode).toBe(200);
    expect(filled.json().body).toBe(
      `Καλημέρα ${customer.member.firstName}, λάβαμε το αίτημα #${number}. Νίκος Αγγέλου`,
    );
    // Another agent may not fill someone's personal reply, and no ticket means none.
    expect(
      (await otherAgent.get(`/api/tickets/${number}/canned-replies/${own.id}`)).statusCode,
    ).toBe(404);
    expect((await agent.get(`/api/tickets/999999/canned-replies/${own.id}`)).statusCode).toBe(404);
  });
});
