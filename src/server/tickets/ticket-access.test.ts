import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../../test/support/api-client.js';
import { createCustomer, createUser, TEST_PASSWORD } from '../../../test/support/factories.js';
import { PNG_1PX } from '../../../test/support/files.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { openTicketAs } from '../../../test/support/tickets.js';

let t: TestApp;
let number: number;
let attachmentId: string;
let pendingUpload: string;
const clients: Record<
  'owner' | 'colleagueAdmin' | 'colleagueMember' | 'outsiderAdmin' | 'outsiderMember' | 'agent',
  ApiClient
> = {} as never;

beforeAll(async () => {
  t = await createTestApp();
  const acme = await createCustomer(t.db);
  const colleague = await createUser(t.db, 'member', { companyId: acme.company.id });
  const outsider = await createCustomer(t.db);
  const agent = await createUser(t.db, 'agent');
  const emails = {
    owner: acme.member.email,
    colleagueAdmin: acme.admin.email,
    colleagueMember: colleague.email,
    outsiderAdmin: outsider.admin.email,
    outsiderMember: outsider.member.email,
    agent: agent.email,
  };
  for (const [name, email] of Object.entries(emails)) {
    const client = new ApiClient(t.app);
    await client.logIn(email, TEST_PASSWORD);
    clients[name as keyof typeof clients] = client;
  }
  attachmentId = await clients.owner.uploadId('invoice.png', PNG_1PX);
  number = await openTicketAs(clients.owner, {
    subject: 'Πρόβλημα με τιμολόγιο',
    attachmentIds: [attachmentId],
  });
  pendingUpload = await clients.owner.uploadId('draft.png', PNG_1PX);
});
afterAll(() => t.close());

// Every ticket and attachment endpoint, as a request an outsider could try.
const attempts = () => [
  { what: 'read the ticket', send: (c: ApiClient) => c.get(`/api/tickets/${number}`) },
  {
    what: 'reply',
    send: (c: ApiClient) => c.post(`/api/tickets/${number}/messages`, { body: 'γεια' }),
  },
  {
    what: 'add an internal note',
    send: (c: ApiClient) =>
      c.post(`/api/tickets/${number}/messages`, { body: 'x', isInternal: true }),
  },
  { what: 'close', send: (c: ApiClient) => c.post(`/api/tickets/${number}/close`, {}) },
  { what: 'reopen', send: (c: ApiClient) => c.post(`/api/tickets/${number}/reopen`) },
  {
    what: 'change status',
    send: (c: ApiClient) => c.patch(`/api/tickets/${number}`, { status: 'closed' }),
  },
  {
    what: 'download an attachment',
    send: (c: ApiClient) => c.get(`/api/attachments/${attachmentId}`),
  },
  {
    what: 'download a pending upload',
    send: (c: ApiClient) => c.get(`/api/attachments/${pendingUpload}`),
  },
  {
    what: 'delete a pending upload',
    send: (c: ApiClient) => c.delete(`/api/uploads/${pendingUpload}`),
  },
];

describe("another company's ticket does not exist for a customer", () => {
  for (const outsider of ['outsiderAdmin', 'outsiderMember'] as const) {
    it(`${outsider}: every endpoint answers 404 and reveals nothing`, async () => {
      for (const attempt of attempts()) {
        const response = await attempt.send(clients[outsider]);
        expect(response.statusCode, attempt.what).toBe(404);
        expect(response.body, attempt.what).not.toContain('τιμολόγιο');
      }
      const list = (await clients[outsider].get('/api/tickets?state=all&q=τιμολογιο')).json();
      expect(list.total).toBe(0);
    });
  }

  it('a member does not see a colleague’s ticket, and cannot find it by filtering on the company', async () => {
    for (const attempt of attempts()) {
      expect((await attempt.send(clients.colleagueMember)).statusCode, attempt.what).toBe(404);
    }
    const own = await createUser(t.db, 'agent'); // unrelated: filters are staff-only and ignored for customers
    const list = (
      await clients.colleagueMember.get(`/api/tickets?state=all&assigneeId=${own.id}`)
    ).json();
    expect(list.total).toBe(0);
  });
});

describe('within the company', () => {
  it('the company_admin sees, reads and replies to every ticket of the company', async () => {
    const admin = clients.colleagueAdmin;
    expect(
      (await admin.get('/api/tickets?state=all'))
        .json()
        .items.map((i: { number: number }) => i.number),
    ).toContain(number);
    expect((await admin.get(`/api/tickets/${number}`)).statusCode).toBe(200);
    expect((await admin.get(`/api/attachments/${attachmentId}`)).statusCode).toBe(200);
    expect(
      (await admin.post(`/api/tickets/${number}/messages`, { body: 'Το βλέπω κι εγώ.' }))
        .statusCode,
    ).toBe(201);
  });

  it('customers may see but not manage: 403 for close, reopen, status and notes', async () => {
    for (const [what, send] of [
      ['close', (c: ApiClient) => c.post(`/api/tickets/${number}/close`, {})],
      ['reopen', (c: ApiClient) => c.post(`/api/tickets/${number}/reopen`)],
      ['status', (c: ApiClient) => c.patch(`/api/tickets/${number}`, { status: 'closed' })],
      [
        'note',
        (c: ApiClient) =>
          c.post(`/api/tickets/${number}/messages`, { body: 'x', isInternal: true }),
      ],
    ] as const) {
      expect((await send(clients.owner)).statusCode, what).toBe(403);
    }
  });

  it('staff see every company’s tickets', async () => {
    expect((await clients.agent.get(`/api/tickets/${number}`)).statusCode).toBe(200);
  });

  it('nobody reads anything without logging in', async () => {
    const anonymous = new ApiClient(t.app);
    expect((await anonymous.get('/api/tickets')).statusCode).toBe(401);
    expect((await anonymous.get(`/api/tickets/${number}`)).statusCode).toBe(401);
    expect((await anonymous.get(`/api/attachments/${attachmentId}`)).statusCode).toBe(401);
    expect((await anonymous.upload('a.png', PNG_1PX)).statusCode).toBe(401);
  });
});
