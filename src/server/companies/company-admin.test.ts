import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, loggedInClient } from '../../../test/support/api-client.js';
import { createCustomer, createUser, TEST_PASSWORD } from '../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { auditEntries } from '../db/schema.js';

let t: TestApp;
let agent: ApiClient;
beforeAll(async () => {
  t = await createTestApp();
  agent = await clientFor((await createUser(t.db, 'agent')).email);
});
afterAll(() => t.close());

const clientFor = (email: string) => loggedInClient(t.app, email);

const details = {
  legalName: 'Φούρνοι Παπαδόπουλος Α.Ε.',
  tradeName: 'Αρτοποιεία Παπαδόπουλος',
  vatNumber: '094019245',
  taxOffice: 'φαε αθηνων',
  activity: 'Αρτοποιία',
  address: 'Λεωφόρος Αλεξάνδρας 112',
  city: 'Αθήνα',
  postalCode: '114 73',
  phone: '210 6412345',
  email: 'info@papadopoulos.gr',
  website: 'papadopoulos.gr',
};

describe("a company_admin edits the company's details", () => {
  it('saves them normalised and keeps old and new values in the audit log', async () => {
    const { company, admin } = await createCustomer(t.db);
    const client = await clientFor(admin.email);
    const response = await client.request('PUT', `/api/companies/${company.id}`, details);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      postalCode: '11473',
      taxOffice: 'ΦΑΕ Αθηνών',
      website: 'https://papadopoulos.gr',
      vatNumber: '094019245',
    });
    const [entry] = await t.db
      .select()
      .from(auditEntries)
      .where(
        and(eq(auditEntries.action, 'company.updated'), eq(auditEntries.companyId, company.id)),
      );
    expect(entry?.actorUserId).toBe(admin.id);
    expect(entry?.data).toMatchObject({
      legalName: { from: company.legalName, to: details.legalName },
      city: { from: null, to: 'Αθήνα' },
    });
  });

  it('refuses a VAT number with a wrong check digit, naming the field', async () => {
    const { company, admin } = await createCustomer(t.db);
    const client = await clientFor(admin.email);
    const response = await client.request('PUT', `/api/companies/${company.id}`, {
      ...details,
      vatNumber: '094019246',
      postalCode: '1234',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual(
      expect.arrayContaining([
        { field: 'vatNumber', code: 'invalid_vat' },
        { field: 'postalCode', code: 'invalid_format' },
      ]),
    );
  });

  it('is not allowed to a member (403) nor for another company (404)', async () => {
    const acme = await createCustomer(t.db);
    const other = await createCustomer(t.db);
    const member = await clientFor(acme.member.email);
    expect(
      (await member.request('PUT', `/api/companies/${acme.company.id}`, details)).statusCode,
    ).toBe(403);
    const outsider = await clientFor(other.admin.email);
    expect(
      (await outsider.request('PUT', `/api/companies/${acme.company.id}`, details)).statusCode,
    ).toBe(404);
  });
});

describe('staff manage companies', () => {
  it('create, search by name or ΑΦΜ, archive and restore', async () => {
    const created = await agent.post('/api/companies', {
      ...details,
      legalName: 'Θαλασσινή Ξενοδοχειακή Μ.Ι.Κ.Ε.',
      vatNumber: '800418210',
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const search = async (q: string, archived = 'active') =>
      (await agent.get(`/api/companies?q=${encodeURIComponent(q)}&archived=${archived}`))
        .json()
        .items.map((c: { id: string }) => c.id);
    expect(await search('θαλασσινή')).toContain(id);
    expect(await search('80041821')).toContain(id);

    const archived = await agent.post(`/api/companies/${id}/archive`, { isArchived: true });
    expect(archived.json().isArchived).toBe(true);
    expect(await search('Θαλασσινή')).not.toContain(id);
    expect(await search('Θαλασσινή', 'archived')).toContain(id);
    expect(
      (await agent.post(`/api/companies/${id}/archive`, { isArchived: false })).json().isArchived,
    ).toBe(false);
  });

  it('archiving a company ends its people’s sessions and stops their logins', async () => {
    const { company, member } = await createCustomer(t.db);
    const client = await clientFor(member.email);
    await agent.post(`/api/companies/${company.id}/archive`, { isArchived: true });
    expect((await client.get('/api/me')).statusCode).toBe(401);
    const login = await new ApiClient(t.app).post('/api/auth/login', {
      email: member.email,
      password: TEST_PASSWORD,
    });
    // The same answer as a wrong password: nobody learns which accounts are inactive.
    expect([login.statusCode, login.json().code]).toEqual([401, 'invalid_credentials']);
  });

  it('customers can neither create nor archive companies', async () => {
    const { company, admin } = await createCustomer(t.db);
    const client = await clientFor(admin.email);
    expect((await client.post('/api/companies', details)).statusCode).toBe(403);
    expect(
      (await client.post(`/api/companies/${company.id}/archive`, { isArchived: true })).statusCode,
    ).toBe(403);
  });
});
