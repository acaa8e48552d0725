import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, loggedInClient } from '../../../test/support/api-client.js';
import { createCustomer, createUser } from '../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';

let t: TestApp;
let acme: Awaited<ReturnType<typeof createCustomer>>;
let other: Awaited<ReturnType<typeof createCustomer>>;
beforeAll(async () => {
  t = await createTestApp();
  acme = await createCustomer(t.db);
  other = await createCustomer(t.db);
});
afterAll(() => t.close());

const clientFor = (email: string) => loggedInClient(t.app, email);

describe('role checks on companies', () => {
  it('asks for a login first', async () => {
    const anonymous = new ApiClient(t.app);
    expect((await anonymous.get('/api/companies')).statusCode).toBe(401);
    expect((await anonymous.get(`/api/companies/${acme.company.id}`)).statusCode).toBe(401);
  });

  it('lets staff list and read every company', async () => {
    for (const role of ['admin', 'agent'] as const) {
      const staff = await clientFor((await createUser(t.db, role)).email);
      const list = await staff.get('/api/companies');
      expect(list.statusCode).toBe(200);
      expect(list.json().items.map((c: { id: string }) => c.id)).toEqual(
        expect.arrayContaining([acme.company.id, other.company.id]),
      );
      expect((await staff.get(`/api/companies/${other.company.id}`)).statusCode).toBe(200);
    }
  });

  it('forbids customers the list of companies', async () => {
    for (const user of [acme.admin, acme.member]) {
      const response = await (await clientFor(user.email)).get('/api/companies');
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('forbidden');
    }
  });

  it('shows customers their own company and hides every other one as not found', async () => {
    for (const user of [acme.admin, acme.member]) {
      const customer = await clientFor(user.email);
      const own = await customer.get(`/api/companies/${acme.company.id}`);
      expect(own.statusCode).toBe(200);
      expect(own.json().legalName).toBe(acme.company.legalName);
      const foreign = await customer.get(`/api/companies/${other.company.id}`);
      expect(foreign.statusCode).toBe(404);
      expect(foreign.body).not.toContain(other.company.legalName);
      const unknown = await customer.get('/api/companies/00000000-0000-4000-8000-000000000000');
      expect(unknown.statusCode).toBe(404);
    }
  });

  it('tells each role what it may do', async () => {
    const abilities = async (email: string) =>
      (await (await clientFor(email)).get('/api/me')).json().abilities;
    expect(await abilities(acme.admin.email)).toEqual({
      useStaffConsole: false,
      editCompany: true,
      manageContacts: true,
      manageStaff: false,
      managePackages: false,
      submitRequest: true,
    });
    expect(await abilities(acme.member.email)).toEqual({
      useStaffConsole: false,
      editCompany: false,
      manageContacts: false,
      manageStaff: false,
      managePackages: false,
      submitRequest: true,
    });
    expect(await abilities((await createUser(t.db, 'agent')).email)).toMatchObject({
      useStaffConsole: true,
      manageStaff: false,
      managePackages: false,
    });
    expect(await abilities((await createUser(t.db, 'admin')).email)).toMatchObject({
      useStaffConsole: true,
      manageStaff: true,
      managePackages: true,
    });
  });
});
