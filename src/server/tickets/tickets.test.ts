import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../../test/support/api-client.js';
import {
  createCustomer,
  createSubscription,
  TEST_PASSWORD,
} from '../../../test/support/factories.js';
import { PNG_1PX } from '../../../test/support/files.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function loggedIn(email: string, ip?: string) {
  const client = new ApiClient(t.app, ip);
  await client.logIn(email, TEST_PASSWORD);
  return client;
}

async function customerWithPackage() {
  const customer = await createCustomer(t.db);
  const { subscription, package: pkg } = await createSubscription(t.db, customer.company.id, {
    name: 'Support 10 ώρες',
  });
  return { ...customer, subscription, pkg, client: await loggedIn(customer.admin.email) };
}

describe('opening a ticket («Υποβολή αιτήματος»)', () => {
  it('creates it with its package, description, link and two files, as #1001 and up', async () => {
    const { client, subscription } = await customerWithPackage();
    const options = (await client.get('/api/tickets/form-options')).json();
    expect(options.subscriptions).toEqual([
      { id: subscription.id, packageName: 'Support 10 ώρες', periodKind: 'monthly' },
    ]);
    expect(options.uploadLimits).toEqual({ maxFileBytes: 20 * 1024 * 1024, maxFiles: 10 });

    const screenshot = await client.uploadId('οθόνη.png', PNG_1PX);
    const log = await client.uploadId('error.log', 'TypeError: x is undefined\n');
    const response = await client.post('/api/tickets', {
      subject: 'Η φόρμα επικοινωνίας δεν στέλνει',
      subscriptionId: subscription.id,
      description: 'Πατάω «Αποστολή» και δεν γίνεται τίποτα.',
      link: 'https://example.gr/contact',
      attachmentIds: [screenshot, log],
    });
    expect(response.statusCode).toBe(201);
    const ticket = response.json();
    expect(ticket.number).toBeGreaterThanOrEqual(1001);
    expect(ticket).toMatchObject({
      status: 'open',
      link: 'https://example.gr/contact',
      packageName: 'Support 10 ώρες',
    });
    const [description] = ticket.thread;
    expect(description).toMatchObject({
      type: 'message',
      body: 'Πατάω «Αποστολή» και δεν γίνεται τίποτα.',
      isInternal: false,
    });
    expect(description.attachments).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: screenshot,
          fileName: 'οθόνη.png',
          contentType: 'image/png',
          isImage: true,
        }),
        expect.objectContaining({
          id: log,
          fileName: 'error.log',
          contentType: 'text/plain',
          isImage: false,
        }),
      ]),
    );
    expect(ticket.abilities).toEqual({ reply: true, addInternalNote: false, manage: false });
  });

  it('asks for a package when the company has one, and only its own', async () => {
    const { client } = await customerWithPackage();
    const other = await customerWithPackage();
    const base = { subject: 'Θέμα', description: 'Περιγραφή' };
    const missing = await client.post('/api/tickets', base);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toEqual([{ field: 'subscriptionId', code: 'required' }]);
    const foreign = await client.post('/api/tickets', {
      ...base,
      subscriptionId: other.subscription.id,
    });
    expect(foreign.json().errors).toEqual([{ field: 'subscriptionId', code: 'invalid_value' }]);
  });

  it('does without a package when the company has none, or only ended ones', async () => {
    const customer = await createCustomer(t.db);
    await createSubscription(t.db, customer.company.id, {
      startDate: '2020-01-01',
      endDate: '2020-12-31',
    });
    const client = await loggedIn(customer.member.email);
    const response = await client.post('/api/tickets', {
      subject: 'Θέμα',
      description: 'Περιγραφή',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().packageName).toBeNull();
  });

  it('names each bad field and saves nothing', async () => {
    const { client, subscription } = await customerWithPackage();
    const before = (await client.get('/api/tickets?state=all')).json().total;
    const response = await client.post('/api/tickets', {
      subject: 'x'.repeat(201),
      subscriptionId: subscription.id,
      description: '   ',
      link: 'javascript:alert(1)',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual(
      expect.arrayContaining([
        { field: 'subject', code: 'too_long', params: { max: 200 } },
        { field: 'description', code: 'required' },
        { field: 'link', code: 'invalid_url' },
      ]),
    );
    const ftp = await client.post('/api/tickets', {
      subject: 'Θ',
      subscriptionId: subscription.id,
      description: 'Π',
      link: 'ftp://example.gr',
    });
    expect(ftp.json().errors).toEqual([{ field: 'link', code: 'invalid_url' }]);
    expect((await client.get('/api/tickets?state=all')).json().total).toBe(before);
  });

  it("refuses another user's upload as a whole: no ticket, and the upload stays usable by its owner", async () => {
    const { client, subscription, member } = await customerWithPackage();
    const colleague = await loggedIn(member.email);
    const theirs = await colleague.uploadId('theirs.png', PNG_1PX);
    const mine = await client.uploadId('mine.png', PNG_1PX);
    const response = await client.post('/api/tickets', {
      subject: 'Θέμα',
      subscriptionId: subscription.id,
      description: 'Περιγραφή',
      attachmentIds: [mine, theirs],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ field: 'attachmentIds', code: 'invalid_value' }]);
    expect((await client.get('/api/tickets?state=all')).json().total).toBe(0);
    const retry = await client.post('/api/tickets', {
      subject: 'Θέμα',
      subscriptionId: subscription.id,
      description: 'Περιγραφή',
      attachmentIds: [mine],
    });
    expect(retry.statusCode).toBe(201);
  });

  it('numbers tickets uniquely and in order even when opened at the same moment', async () => {
    const customer = await createCustomer(t.db);
    const client = await loggedIn(customer.member.email);
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        client.post('/api/tickets', { subject: `Ταυτόχρονο ${i}`, description: 'Περιγραφή' }),
      ),
    );
    expect(responses.map((r) => [r.statusCode, r.json().code])).toEqual(
      Array.from({ length: 8 }, () => [201, undefined]),
    );
    const numbers = responses.map((r) => r.json().number as number).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(8);
    expect(numbers[7]! - numbers[0]!).toBe(7);
  });
});
