import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, loggedInClient } from '../../../test/support/api-client.js';
import { createCustomer, createUser } from '../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const clientFor = (email: string) => loggedInClient(t.app, email);

describe('staff users (admin)', () => {
  it('invites an agent, who joins through the link', async () => {
    const admin = await clientFor((await createUser(t.db, 'admin')).email);
    const invited = await admin.post('/api/staff-users', {
      firstName: 'Ελένη',
      lastName: 'Κ.',
      email: 'eleni.k@example.test',
      role: 'agent',
    });
    expect(invited.statusCode).toBe(201);
    const token = invited.json().inviteUrl.split('/invitation/')[1];
    const joined = await new ApiClient(t.app).post(`/api/invitations/${token}/accept`, {
      password: 'agent password 1',
    });
    expect(joined.json()).toMatchObject({
      role: 'agent',
      company: null,
      abilities: { useStaffConsole: true },
    });
    const list = (await admin.get('/api/staff-users')).json().items;
    expect(
      list.find((p: { email: string }) => p.email === 'eleni.k@example.test').invitation.state,
    ).toBe('accepted');
  });

  it('resends a pending staff invitation (the old link stops working) and revokes it', async () => {
    const admin = await clientFor((await createUser(t.db, 'admin')).email);
    const first = (
      await admin.post('/api/staff-users', {
        firstName: 'Νίκος',
        lastName: 'Δ.',
        email: 'nikos.d@example.test',
        role: 'agent',
      })
    ).json();
    const resent = await admin.post(`/api/staff-users/${first.person.id}/invitation`);
    expect(resent.statusCode).toBe(200);
    const tokenOf = (url: string) => url.split('/invitation/')[1];
    const anonymous = new ApiClient(t.app);
    expect((await anonymous.get(`/api/invitations/${tokenOf(first.inviteUrl)}`)).json().state).toBe(
      'revoked',
    );
    expect(
      (await anonymous.get(`/api/invitations/${tokenOf(resent.json().inviteUrl)}`)).json().state,
    ).toBe('valid');
    expect((await admin.delete(`/api/staff-users/${first.person.id}/invitation`)).statusCode).toBe(
      204,
    );
    expect(
      (await anonymous.get(`/api/invitations/${tokenOf(resent.json().inviteUrl)}`)).json().state,
    ).toBe('revoked');
    // Someone who has a password already is not invited again.
    const joined = await createUser(t.db, 'agent');
    expect((await admin.post(`/api/staff-users/${joined.id}/invitation`)).statusCode).toBe(409);
  });

  it('changes roles and deactivates, but never leaves the instance without an active admin', async () => {
    const firstAdmin = await createUser(t.db, 'admin');
    const admin = await clientFor(firstAdmin.email);
    const others = (await admin.get('/api/staff-users'))
      .json()
      .items.filter(
        (p: { role: string; isActive: boolean; id: string }) =>
          p.role === 'admin' && p.isActive && p.id !== firstAdmin.id,
      );
    for (const other of others)
      await admin.patch(`/api/staff-users/${other.id}`, { isActive: false });

    for (const patch of [{ role: 'agent' }, { isActive: false }]) {
      const response = await admin.patch(`/api/staff-users/${firstAdmin.id}`, patch);
      expect(response.statusCode).toBe(409);
      expect(response.json().code).toBe('last_admin');
    }
    const agent = await createUser(t.db, 'agent');
    expect((await admin.patch(`/api/staff-users/${agent.id}`, { role: 'admin' })).json().role).toBe(
      'admin',
    );
    expect(
      (await admin.patch(`/api/staff-users/${firstAdmin.id}`, { role: 'agent' })).json().role,
    ).toBe('agent');
  });

  it('is for admins only, and only for staff accounts', async () => {
    const agent = await clientFor((await createUser(t.db, 'agent')).email);
    expect((await agent.get('/api/staff-users')).statusCode).toBe(403);
    expect(
      (
        await agent.post('/api/staff-users', {
          firstName: 'Α',
          lastName: 'Β',
          email: 'x@example.test',
          role: 'admin',
        })
      ).statusCode,
    ).toBe(403);
    const admin = await clientFor((await createUser(t.db, 'admin')).email);
    const { member } = await createCustomer(t.db);
    expect((await admin.patch(`/api/staff-users/${member.id}`, { role: 'admin' })).statusCode).toBe(
      404,
    );
  });
});
