import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, loggedInClient } from '../../../test/support/api-client.js';
import { createCustomer, createUser } from '../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('/api/me/notifications', () => {
  it('has every notification on until the user changes it', async () => {
    const client = await loggedInClient(t.app, (await createUser(t.db, 'agent')).email);
    const response = await client.get('/api/me/notifications');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      ticketOpened: true,
      ticketReplied: true,
      ticketClosed: true,
      packageHours: true,
      statementIssued: true,
    });
  });

  it('switches kinds off and on, one at a time, per user', async () => {
    const { admin, member } = await createCustomer(t.db);
    const client = await loggedInClient(t.app, member.email);
    const off = await client.patch('/api/me/notifications', {
      ticketClosed: false,
      packageHours: true,
      statementIssued: true,
    });
    expect(off.json()).toEqual({
      ticketOpened: true,
      ticketReplied: true,
      ticketClosed: false,
      packageHours: true,
      statementIssued: true,
    });
    const more = await client.patch('/api/me/notifications', { ticketReplied: false });
    expect(more.json()).toEqual({
      ticketOpened: true,
      ticketReplied: false,
      ticketClosed: false,
      packageHours: true,
      statementIssued: true,
    });
    const on = await client.patch('/api/me/notifications', {
      ticketClosed: true,
      packageHours: true,
      statementIssued: true,
    });
    expect(on.json()).toEqual({
      ticketOpened: true,
      ticketReplied: false,
      ticketClosed: true,
      packageHours: true,
      statementIssued: true,
    });
    expect((await client.get('/api/me/notifications')).json()).toEqual(on.json());
    const other = await loggedInClient(t.app, admin.email);
    expect((await other.get('/api/me/notifications')).json().ticketReplied).toBe(true);
  });

  it('has no switch for security emails and refuses unknown kinds or non-booleans', async () => {
    const client = await loggedInClient(t.app, (await createUser(t.db, 'agent')).email);
    const reset = await client.patch('/api/me/notifications', { passwordReset: false });
    expect(reset.statusCode).toBe(400);
    const notBoolean = await client.patch('/api/me/notifications', { ticketOpened: 'no' });
    expect(notBoolean.statusCode).toBe(400);
    expect(notBoolean.json().errors[0].field).toBe('ticketOpened');
  });

  it('needs a session', async () => {
    const anonymous = new ApiClient(t.app);
    expect((await anonymous.get('/api/me/notifications')).statusCode).toBe(401);
    expect(
      (await anonymous.patch('/api/me/notifications', { ticketOpened: false })).statusCode,
    ).toBe(401);
  });
});
