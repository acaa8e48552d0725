import { type ChildProcess, spawn } from 'node:child_process';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withDatabase } from '../../../test/support/database-template.js';
import { createUser } from '../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { startTestSmtpServer, type TestSmtpServer } from '../../../test/support/test-smtp.js';
import { outboxEmails } from '../db/schema.js';
import { queueInvitationEmail } from '../notifications/invitation-email.js';
import { smtpTransport } from './mail-transport.js';
import { createOutboxWorker } from './outbox.worker.js';

// Only on a PostgreSQL server (vitest.config.ts includes *.pg.test.ts when DATABASE_URL is
// set): two real processes on one database, one of them killed while it sends.
let t: TestApp;
let smtp: TestSmtpServer;
let databaseUrl: string;
const children: ChildProcess[] = [];
beforeAll(async () => {
  t = await createTestApp();
  smtp = await startTestSmtpServer();
  const result = (await t.db.execute(sql`select current_database() as name`)) as unknown as {
    rows: { name: string }[];
  };
  const name = result.rows[0]!.name;
  databaseUrl = withDatabase(process.env.DATABASE_URL!, name);
});
afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await smtp.close();
  await t.close();
});

/** Another server process: claims a round of emails and hangs on the first, as on a mail server that stopped answering. */
function startStuckSender(): { child: ChildProcess; sending: Promise<void> } {
  const worker = new URL('./outbox.worker.ts', import.meta.url).pathname;
  const client = new URL('../db/client.ts', import.meta.url).pathname;
  const script = `
    const { createOutboxWorker } = await import(${JSON.stringify(worker)});
    const { openPostgres } = await import(${JSON.stringify(client)});
    const { db } = openPostgres(process.env.TEST_DATABASE_URL, 2);
    const stuck = { kind: 'smtp', close() {}, send: () => { console.log('sending'); return new Promise(() => {}); } };
    await createOutboxWorker({ db, transport: stuck, from: 'a@example.test', maxAttempts: 3,
      site: { companyName: 'X', publicUrl: 'http://localhost' }, workerId: 'process-to-kill' }).runOnce();
  `;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    env: { ...process.env, TEST_DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  const sending = new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('sending')) resolve();
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('exit', (code) => reject(new Error(`the sender exited with ${code}: ${output}`)));
  });
  return { child, sending };
}

describe('the outbox across processes on PostgreSQL', () => {
  it('a process killed while sending hands its claims on within a minute; the rest go at once', async () => {
    const users = [];
    for (let i = 0; i < 7; i++) {
      const user = await createUser(t.db, 'agent');
      await t.db.transaction((tx) =>
        queueInvitationEmail(tx, {
          userId: user.id,
          inviteUrl: `http://localhost/invitation/${user.id}`,
          invitedByName: 'Admin',
          companyName: null,
        }),
      );
      users.push(user);
    }
    const stuck = startStuckSender();
    await stuck.sending;
    const claimedByIt = await t.db
      .select({ id: outboxEmails.id })
      .from(outboxEmails)
      .where(eq(outboxEmails.claimedBy, 'process-to-kill'));
    expect(claimedByIt).toHaveLength(5);

    let offsetMs = 0;
    const survivor = createOutboxWorker({
      db: t.db,
      transport: smtpTransport(smtp.settings),
      from: 'Aitima <support@example.test>',
      site: { companyName: 'Aitima', publicUrl: 'http://localhost' },
      maxAttempts: 3,
      now: () => new Date(Date.now() + offsetMs),
    });
    // The two the other process did not claim go out while it is stuck.
    expect(await survivor.runOnce()).toEqual({ sent: 2, retrying: 0, failed: 0 });

    stuck.child.kill('SIGKILL');
    await new Promise((resolve) => stuck.child.once('exit', resolve));
    expect(await survivor.runOnce()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    offsetMs = 61_000;
    expect(await survivor.runOnce()).toEqual({ sent: 5, retrying: 0, failed: 0 });
    for (const user of users) expect(smtp.to(user.email)).toHaveLength(1);
  });
});
