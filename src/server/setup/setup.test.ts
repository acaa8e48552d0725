import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiClient } from '../../../test/support/api-client.js';
import { createTestApp, TEST_SETUP_CODE, type TestApp } from '../../../test/support/test-app.js';
import { auditEntries, users } from '../db/schema.js';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

const firstAdmin = {
  setupCode: TEST_SETUP_CODE,
  firstName: 'Γιώργος',
  lastName: 'Αλεξίου',
  email: 'Admin@Example.test',
  password: 'a long enough password',
};

describe('first-run setup', () => {
  it('is needed while there is no staff user', async () => {
    expect((await new ApiClient(t.app).get('/api/setup')).json()).toEqual({ needsSetup: true });
  });

  it('creates the first admin for the right code, logs them in, and is then gone', async () => {
    const client = new ApiClient(t.app);
    const response = await client.post('/api/setup', {
      ...firstAdmin,
      setupCode: ' test-code-0001 ',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      role: 'admin',
      email: 'Admin@Example.test',
      abilities: { manageStaff: true },
    });
    expect((await client.get('/api/me')).json().role).toBe('admin');
    expect((await client.get('/api/setup')).json()).toEqual({ needsSetup: false });

    const again = await new ApiClient(t.app).post('/api/setup', {
      ...firstAdmin,
      email: 'second@example.test',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('setup_done');
    expect(await t.db.select().from(users)).toHaveLength(1);
    const [entry] = await t.db
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.action, 'setup.completed'));
    expect(entry?.actorUserId).toBe(response.json().id);
  });

  it('refuses a wrong setup code and creates nobody', async () => {
    const response = await new ApiClient(t.app).post('/api/setup', {
      ...firstAdmin,
      setupCode: 'WRONG-CODE-0000',
    });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({
      code: 'invalid_setup_code',
      errors: [{ field: 'setupCode' }],
    });
    expect(await t.db.select().from(users)).toHaveLength(0);
  });

  it('forgets the code once used, even if the admin is later gone', async () => {
    await new ApiClient(t.app).post('/api/setup', firstAdmin);
    await t.db.update(users).set({ isActive: false });
    const response = await new ApiClient(t.app).post('/api/setup', {
      ...firstAdmin,
      email: 'other@example.test',
    });
    expect(response.statusCode).toBe(403);
  });

  it('lets only one of two simultaneous setups through', async () => {
    const [a, b] = await Promise.all([
      new ApiClient(t.app).post('/api/setup', { ...firstAdmin, email: 'a@example.test' }),
      new ApiClient(t.app).post('/api/setup', { ...firstAdmin, email: 'b@example.test' }),
    ]);
    expect([a!.statusCode, b!.statusCode].sort()).toEqual([201, 409]);
    expect(await t.db.select().from(users)).toHaveLength(1);
  });

  it('names each invalid field', async () => {
    const response = await new ApiClient(t.app).post('/api/setup', {
      setupCode: TEST_SETUP_CODE,
      firstName: ' ',
      lastName: 'Α',
      email: 'nope',
      password: 'short',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual(
      expect.arrayContaining([
        { field: 'firstName', code: 'required' },
        { field: 'email', code: 'invalid_email' },
        { field: 'password', code: 'too_short', params: { min: 10 } },
      ]),
    );
  });
});
