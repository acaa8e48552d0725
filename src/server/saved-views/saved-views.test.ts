import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, loggedInClient } from '../../../test/support/api-client.js';
import { createCustomer, createUser } from '../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';

let t: TestApp;
let agent: ApiClient;
let colleague: ApiClient;
beforeAll(async () => {
  t = await createTestApp();
  agent = await loggedInClient(t.app, (await createUser(t.db, 'agent')).email);
  colleague = await loggedInClient(t.app, (await createUser(t.db, 'admin')).email);
});
afterAll(() => t.close());

describe('saved views of the queue', () => {
  it('are created, renamed and deleted by their owner alone', async () => {
    const created = await agent.post('/api/me/saved-views', {
      name: 'Υψηλή προτεραιότητα',
      query: 'state=open&priority=high',
    });
    expect(created.statusCode).toBe(201);
    const { id } = created.json();
    expect((await agent.get('/api/me/saved-views')).json().items).toEqual([
      { id, name: 'Υψηλή προτεραιότητα', query: 'state=open&priority=high' },
    ]);

    // A colleague, even an admin, neither sees nor touches it.
    expect((await colleague.get('/api/me/saved-views')).json().items).toEqual([]);
    expect((await colleague.patch(`/api/me/saved-views/${id}`, { name: 'x' })).statusCode).toBe(
      404,
    );
    expect((await colleague.delete(`/api/me/saved-views/${id}`)).statusCode).toBe(404);

    const renamed = await agent.patch(`/api/me/saved-views/${id}`, { name: 'Επείγοντα' });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toEqual({ id, name: 'Επείγοντα', query: 'state=open&priority=high' });

    expect((await agent.delete(`/api/me/saved-views/${id}`)).statusCode).toBe(204);
    expect((await agent.get('/api/me/saved-views')).json().items).toEqual([]);
    expect((await agent.delete(`/api/me/saved-views/${id}`)).statusCode).toBe(404);
  });

  it('refuses a nameless view or a query that is not a query string, naming the field', async () => {
    const nameless = await agent.post('/api/me/saved-views', { name: ' ', query: 'state=open' });
    expect(nameless.statusCode).toBe(400);
    expect(nameless.json().errors[0].field).toBe('name');
    const empty = await agent.patch(`/api/me/saved-views/${crypto.randomUUID()}`, {});
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0].field).toBe('name');
    const address = await agent.post('/api/me/saved-views', { name: 'x', query: '?state=open' });
    expect(address.statusCode).toBe(400);
    expect(address.json().errors[0].field).toBe('query');
  });

  it('are staff’s: customers are refused', async () => {
    const customer = await loggedInClient(t.app, (await createCustomer(t.db)).admin.email);
    expect((await customer.get('/api/me/saved-views')).statusCode).toBe(403);
    expect(
      (await customer.post('/api/me/saved-views', { name: 'x', query: 'state=open' })).statusCode,
    ).toBe(403);
  });
});
