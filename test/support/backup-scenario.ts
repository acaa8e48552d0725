import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import type { DatabaseConnection } from '../../src/server/db/client.js';
import { type ApiClient, loggedInClient } from './api-client.js';
import { createCustomer, createSubscription, createUser } from './factories.js';
import { createTestApp, type TestApp } from './test-app.js';
import { openTicketAs } from './tickets.js';

/** What the seed made, to read it back after a restore. */
export interface SeededSupport {
  memberEmail: string;
  adminEmail: string;
  agentEmail: string;
  number: number;
  attachmentId: string;
  fileBytes: Buffer;
  /** The member's browser session, to see it survive the restore (the session secret). */
  memberCookie: string;
}

/** A DATA_DIR with its two secrets as files, as a server that generated them leaves it. */
export function dataDirWithSecrets(): { dataDir: string; sessionSecret: string; key: Buffer } {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'aitima-backup-source-'));
  const sessionSecret = randomBytes(32).toString('base64url');
  const key = randomBytes(32);
  writeFileSync(path.join(dataDir, 'session-secret'), `${sessionSecret}\n`, { mode: 0o600 });
  writeFileSync(path.join(dataDir, 'mailbox-secret-key'), `${key.toString('base64')}\n`);
  return { dataDir, sessionSecret, key };
}

/** The app on a database, with the session secret and key read from DATA_DIR's files. */
export function appOnDataDir(connection: DatabaseConnection, dataDir: string): Promise<TestApp> {
  const read = (name: string) => readFileSync(path.join(dataDir, name), 'utf8').trim();
  return createTestApp({
    connection,
    config: {
      dataDir,
      sessionSecret: read('session-secret'),
      inbound: {
        secretKey: Buffer.from(read('mailbox-secret-key'), 'base64'),
        pollIntervalMs: 60_000,
        maxNewTicketsPerSenderPerHour: 10,
        environmentMailbox: undefined,
      },
    },
  });
}

/**
 * Through the app's own API: a company with a package of hours, a ticket with a file, a
 * staff reply and an internal note, and 50 minutes of logged work charged to the package.
 */
export async function seedSupport(t: TestApp): Promise<SeededSupport> {
  const customer = await createCustomer(t.db);
  const { subscription } = await createSubscription(t.db, customer.company.id, {
    hoursPerPeriod: 10,
  });
  const agentUser = await createUser(t.db, 'agent');
  const member = await loggedInClient(t.app, customer.member.email);
  const agent = await loggedInClient(t.app, agentUser.email);

  const fileBytes = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(3000)]);
  const attachmentId = await member.uploadId('τιμολόγιο.pdf', fileBytes);
  const number = await openTicketAs(member, {
    subject: 'Δεν εκτυπώνει ο εκτυπωτής',
    description: "Από χθες το απόγευμα δεν εκτυπώνει τίποτα.\nΔεύτερη γραμμή με 'εισαγωγικά'.",
    subscriptionId: subscription.id,
    attachmentIds: [attachmentId],
  });
  const reply = await agent.post(`/api/tickets/${number}/messages`, { body: 'Το κοιτάμε τώρα.' });
  expect(reply.statusCode).toBe(201);
  const note = await agent.post(`/api/tickets/${number}/messages`, {
    body: 'Εσωτερική σημείωση',
    isInternal: true,
  });
  expect(note.statusCode).toBe(201);
  const task = await agent.post(`/api/tickets/${number}/tasks`, {
    description: 'Επανεγκατάσταση οδηγού',
    startedAt: new Date(Date.now() - 3 * 60 * 60_000).toISOString(),
    durationMinutes: 50,
  });
  expect(task.statusCode).toBe(201);
  return {
    memberEmail: customer.member.email,
    adminEmail: customer.admin.email,
    agentEmail: agentUser.email,
    number,
    attachmentId,
    fileBytes,
    memberCookie: member.cookieHeader,
  };
}

/** What people see of the seeded data: lists, thread, tasks, hours and the file's bytes. */
export async function readSupportViews(t: TestApp, seeded: SeededSupport) {
  const admin = await loggedInClient(t.app, seeded.adminEmail);
  const agent = await loggedInClient(t.app, seeded.agentEmail);
  const json = async (client: ApiClient, url: string) => {
    const response = await client.get(url);
    expect(response.statusCode, url).toBe(200);
    // `now` is the server's clock at the answer, not data.
    return JSON.parse(response.body, (key, value) => (key === 'now' ? undefined : value));
  };
  const file = await admin.get(`/api/attachments/${seeded.attachmentId}`);
  expect(file.statusCode).toBe(200);
  return {
    customerList: await json(admin, '/api/tickets'),
    staffList: await json(agent, '/api/tickets'),
    thread: await json(agent, `/api/tickets/${seeded.number}`),
    tasks: await json(admin, `/api/tickets/${seeded.number}/tasks`),
    dashboard: await json(admin, '/api/dashboard'),
    ledger: await json(admin, '/api/ledger'),
    fileBytes: file.rawPayload,
  };
}

/** The member's session from before the backup, used on the restored app. */
export async function sessionStillWorks(t: TestApp, seeded: SeededSupport): Promise<boolean> {
  const response = await t.app.inject({ url: '/api/me', headers: { cookie: seeded.memberCookie } });
  return response.statusCode === 200;
}
