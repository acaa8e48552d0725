import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, loggedInClient } from '../../../test/support/api-client.js';
import { createCustomer, createUser, TEST_PASSWORD } from '../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { outboxEmails, userTokens } from '../db/schema.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const clientFor = (email: string) => loggedInClient(t.app, email);

const newContact = (email = `nikos.${Math.random().toString(16).slice(2, 8)}@example.test`) => ({
  firstName: 'Νίκος',
  lastName: 'Δημητρίου',
  email,
  phone: '6971234567',
  role: 'member',
});

const tokenOf = (inviteUrl: string) => inviteUrl.split('/invitation/')[1]!;

describe('«Προσθήκη επαφής» and the invitation', () => {
  it('adds a contact who sets a password through the link and lands signed in', async () => {
    const { company, admin } = await createCustomer(t.db);
    const client = await clientFor(admin.email);
    const added = await client.post(
      `/api/companies/${company.id}/contacts`,
      newContact('Nikos@Example.test'),
    );
    expect(added.statusCode).toBe(201);
    const { inviteUrl, person, expiresAt } = added.json();
    expect(inviteUrl).toMatch(/^http:\/\/localhost:3000\/invitation\/[\w-]{40,}$/);
    expect(new Date(expiresAt).getTime() - Date.now()).toBeGreaterThan(71 * 3600 * 1000);
    expect(person).toMatchObject({ role: 'member', isActive: true, hasPassword: false });
    // No SMTP in tests: the inviter is told to send the link themselves.
    expect(added.json().emailSent).toBe(false);

    // The invitation email waits in the outbox, to the contact, with the same link.
    const emails = await t.db
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.recipientUserId, person.id));
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({
      kind: 'invitation',
      toAddress: 'Nikos@Example.test',
      status: 'pending',
    });
    expect(JSON.stringify(emails[0]!.data)).toContain(inviteUrl);

    // Only the hash of the token is stored.
    const stored = await t.db.select().from(userTokens).where(eq(userTokens.userId, person.id));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).not.toContain(tokenOf(inviteUrl));

    const contacts = (await client.get(`/api/companies/${company.id}/contacts`)).json().items;
    expect(contacts.find((c: { id: string }) => c.id === person.id).invitation.state).toBe(
      'pending',
    );

    const anonymous = new ApiClient(t.app);
    const info = (await anonymous.get(`/api/invitations/${tokenOf(inviteUrl)}`)).json();
    expect(info).toEqual({
      state: 'valid',
      email: 'Nikos@Example.test',
      firstName: 'Νίκος',
      companyName: company.legalName,
    });
    const accepted = await anonymous.post(`/api/invitations/${tokenOf(inviteUrl)}/accept`, {
      password: 'my new password',
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ id: person.id, company: { id: company.id } });
    expect((await anonymous.get('/api/me')).statusCode).toBe(200);

    // Single use: the link now says it was used, and cannot set a password again.
    expect((await anonymous.get(`/api/invitations/${tokenOf(inviteUrl)}`)).json().state).toBe(
      'used',
    );
    const listed = (await client.get(`/api/companies/${company.id}/contacts`)).json().items;
    expect(listed.find((c: { id: string }) => c.id === person.id)).toMatchObject({
      hasPassword: true,
      invitation: { state: 'accepted' },
    });
    const again = await new ApiClient(t.app).post(`/api/invitations/${tokenOf(inviteUrl)}/accept`, {
      password: 'another password',
    });
    expect(again.statusCode).toBe(410);
    expect(again.json().code).toBe('invitation_invalid');
    await new ApiClient(t.app).logIn('nikos@example.test', 'my new password');
  });

  it('shows an expired or unknown link as such, not as an error', async () => {
    const { company, admin } = await createCustomer(t.db);
    const client = await clientFor(admin.email);
    const { inviteUrl, person } = (
      await client.post(`/api/companies/${company.id}/contacts`, newContact())
    ).json();
    await t.db
      .update(userTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(userTokens.userId, person.id));
    const anonymous = new ApiClient(t.app);
    expect((await anonymous.get(`/api/invitations/${tokenOf(inviteUrl)}`)).json().state).toBe(
      'expired',
    );
    expect(
      (
        await anonymous.post(`/api/invitations/${tokenOf(inviteUrl)}/accept`, {
          password: 'my new password',
        })
      ).statusCode,
    ).toBe(410);
    expect((await anonymous.get(`/api/invitations/${'x'.repeat(43)}`)).json().state).toBe(
      'not_found',
    );
  });

  it('resends (the old link stops working) and revokes invitations', async () => {
    const { company, admin } = await createCustomer(t.db);
    const client = await clientFor(admin.email);
    const first = (await client.post(`/api/companies/${company.id}/contacts`, newContact())).json();
    const resent = await client.post(
      `/api/companies/${company.id}/contacts/${first.person.id}/invitation`,
    );
    expect(resent.statusCode).toBe(200);
    expect(resent.json().inviteUrl).not.toBe(first.inviteUrl);
    const anonymous = new ApiClient(t.app);
    expect((await anonymous.get(`/api/invitations/${tokenOf(first.inviteUrl)}`)).json().state).toBe(
      'revoked',
    );
    expect(
      (await client.delete(`/api/companies/${company.id}/contacts/${first.person.id}/invitation`))
        .statusCode,
    ).toBe(204);
    expect(
      (await anonymous.get(`/api/invitations/${tokenOf(resent.json().inviteUrl)}`)).json().state,
    ).toBe('revoked');
  });

  it('refuses an email that exists in any case, and bad fields by name', async () => {
    const { company, admin, member } = await createCustomer(t.db);
    const client = await clientFor(admin.email);
    const duplicate = await client.post(
      `/api/companies/${company.id}/contacts`,
      newContact(member.email.toUpperCase()),
    );
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().code).toBe('email_taken');
    const bad = await client.post(`/api/companies/${company.id}/contacts`, {
      ...newContact('x'),
      role: 'admin',
      phone: 'abc',
    });
    expect(
      bad
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['email', 'phone', 'role']);
  });
});

describe('managing contacts', () => {
  it('deactivating a contact ends their sessions and stops their login; tickets stay', async () => {
    const { company, admin, member } = await createCustomer(t.db);
    const memberClient = await clientFor(member.email);
    const client = await clientFor(admin.email);
    const response = await client.patch(`/api/companies/${company.id}/contacts/${member.id}`, {
      isActive: false,
    });
    expect(response.json().isActive).toBe(false);
    expect((await memberClient.get('/api/me')).statusCode).toBe(401);
    // The same answer as a wrong password: nobody learns which accounts exist or are inactive.
    const login = await new ApiClient(t.app).post('/api/auth/login', {
      email: member.email,
      password: TEST_PASSWORD,
    });
    expect([login.statusCode, login.json().code]).toEqual([401, 'invalid_credentials']);
  });

  it('keeps at least one active company_admin', async () => {
    const { company, admin, member } = await createCustomer(t.db);
    const client = await clientFor(admin.email);
    for (const patch of [{ isActive: false }, { role: 'member' }]) {
      const response = await client.patch(
        `/api/companies/${company.id}/contacts/${admin.id}`,
        patch,
      );
      expect(response.statusCode).toBe(409);
      expect(response.json().code).toBe('last_company_admin');
    }
    await client.patch(`/api/companies/${company.id}/contacts/${member.id}`, {
      role: 'company_admin',
    });
    expect(
      (await client.patch(`/api/companies/${company.id}/contacts/${admin.id}`, { role: 'member' }))
        .statusCode,
    ).toBe(200);
  });

  it('a member may list but not add or change contacts', async () => {
    const { company, admin, member } = await createCustomer(t.db);
    const client = await clientFor(member.email);
    expect((await client.get(`/api/companies/${company.id}/contacts`)).statusCode).toBe(200);
    expect(
      (await client.post(`/api/companies/${company.id}/contacts`, newContact())).statusCode,
    ).toBe(403);
    expect(
      (await client.patch(`/api/companies/${company.id}/contacts/${admin.id}`, { isActive: false }))
        .statusCode,
    ).toBe(403);
  });

  it("never touches another company's contacts, by any id", async () => {
    const acme = await createCustomer(t.db);
    const other = await createCustomer(t.db);
    const client = await clientFor(acme.admin.email);
    expect((await client.get(`/api/companies/${other.company.id}/contacts`)).statusCode).toBe(404);
    expect(
      (await client.post(`/api/companies/${other.company.id}/contacts`, newContact())).statusCode,
    ).toBe(404);
    // Their contact's id through our own company: not ours, so not found.
    expect(
      (
        await client.patch(`/api/companies/${acme.company.id}/contacts/${other.member.id}`, {
          isActive: false,
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await client.post(
          `/api/companies/${acme.company.id}/contacts/${other.member.id}/invitation`,
        )
      ).statusCode,
    ).toBe(404);
    // Nor can a company_admin make anyone staff.
    const promote = await client.patch(
      `/api/companies/${acme.company.id}/contacts/${acme.member.id}`,
      { role: 'admin' },
    );
    expect(promote.statusCode).toBe(400);
    expect(
      (await client.patch(`/api/staff-users/${acme.admin.id}`, { role: 'admin' })).statusCode,
    ).toBe(403);
  });

  it('staff add contacts on a company’s behalf', async () => {
    const { company } = await createCustomer(t.db);
    const agent = await clientFor((await createUser(t.db, 'agent')).email);
    const added = await agent.post(`/api/companies/${company.id}/contacts`, {
      ...newContact(),
      role: 'company_admin',
    });
    expect(added.statusCode).toBe(201);
  });
});
