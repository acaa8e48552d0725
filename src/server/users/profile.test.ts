import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../../test/support/api-client.js';
import { createCustomer, TEST_PASSWORD } from '../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('GET /api/session: who is signed in, for the web app on every start', () => {
  it('answers a visitor 200 with nobody, where /api/me answers 401', async () => {
    const visitor = new ApiClient(t.app);
    const session = await visitor.get('/api/session');
    expect(session.statusCode).toBe(200);
    expect(session.json()).toEqual({ me: null });
    expect((await visitor.get('/api/me')).statusCode).toBe(401);
  });

  it('answers a signed-in user with the same user /api/me does', async () => {
    const { member } = await createCustomer(t.db);
    const client = new ApiClient(t.app);
    await client.post('/api/auth/login', { email: member.email, password: TEST_PASSWORD });
    const session = await client.get('/api/session');
    expect(session.statusCode).toBe(200);
    expect(session.json().me).toEqual((await client.get('/api/me')).json());
    expect(session.json().me.email).toBe(member.email);
  });
});

describe('the profile page', () => {
  it('changes name, phone and language', async () => {
    const { member } = await createCustomer(t.db);
    const client = new ApiClient(t.app);
    await client.logIn(member.email, TEST_PASSWORD);
    const response = await client.patch('/api/me', {
      firstName: 'Κατερίνα',
      phone: '+30 697 1234567',
      locale: 'en',
    });
    expect(response.json()).toMatchObject({
      firstName: 'Κατερίνα',
      lastName: member.lastName,
      phone: '+30 697 1234567',
      locale: 'en',
    });
    expect((await client.patch('/api/me', { phone: '' })).json().phone).toBeNull();
    expect((await client.patch('/api/me', { firstName: '' })).json().errors).toEqual([
      { field: 'firstName', code: 'required' },
    ]);
  });

  it('changes the password after checking the current one, ending every other session', async () => {
    const { member } = await createCustomer(t.db);
    const here = new ApiClient(t.app);
    const elsewhere = new ApiClient(t.app);
    await here.logIn(member.email, TEST_PASSWORD);
    await elsewhere.logIn(member.email, TEST_PASSWORD);

    const wrong = await here.post('/api/me/password', {
      currentPassword: 'not it',
      newPassword: 'a brand new password',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({
      code: 'wrong_current_password',
      errors: [{ field: 'currentPassword' }],
    });
    const short = await here.post('/api/me/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'short',
    });
    expect(short.json().errors).toEqual([
      { field: 'newPassword', code: 'too_short', params: { min: 10 } },
    ]);

    expect(
      (
        await here.post('/api/me/password', {
          currentPassword: TEST_PASSWORD,
          newPassword: 'a brand new password',
        })
      ).statusCode,
    ).toBe(204);
    expect((await here.get('/api/me')).statusCode).toBe(200);
    expect((await elsewhere.get('/api/me')).statusCode).toBe(401);
    await new ApiClient(t.app).logIn(member.email, 'a brand new password');
  });
});
