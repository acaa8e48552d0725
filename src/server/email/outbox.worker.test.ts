import { readdirSync, readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createUser } from '../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import {
  parseEmail,
  startTestSmtpServer,
  type TestSmtpServer,
} from '../../../test/support/test-smtp.js';
import { outboxEmails } from '../db/schema.js';
import { queueInvitationEmail } from '../notifications/invitation-email.js';
import { fileTransport, type MailTransport, smtpTransport } from './mail-transport.js';
import { claimDueEmails, releaseAllClaims } from './outbox.repository.js';
import {
  createOutboxWorker,
  type OutboxWorker,
  type OutboxWorkerOptions,
} from './outbox.worker.js';

let t: TestApp;
let smtp: TestSmtpServer;
let offsetMs = 0;
const now = () => new Date(Date.now() + offsetMs);
const site = { companyName: 'Υποστήριξη Δοκιμή', publicUrl: 'http://localhost:3000' };

beforeAll(async () => {
  t = await createTestApp();
  smtp = await startTestSmtpServer();
});
afterAll(async () => {
  await smtp.close();
  await t.close();
});
beforeEach(() => {
  smtp.setMode('accept');
  offsetMs = 0;
});

function worker(overrides: Partial<OutboxWorkerOptions> = {}): OutboxWorker {
  return createOutboxWorker({
    db: t.db,
    transport: smtpTransport(smtp.settings),
    from: 'Aitima <support@example.test>',
    site,
    maxAttempts: 3,
    now,
    ...overrides,
  });
}

/** Runs rounds until nothing is due. */
async function drain(w: OutboxWorker): Promise<void> {
  for (;;) {
    const round = await w.runOnce();
    if (round.sent + round.retrying + round.failed === 0) return;
  }
}

async function invite(locale: 'el' | 'en' = 'el') {
  const user = await createUser(t.db, 'agent', { locale });
  await t.db.transaction((tx) =>
    queueInvitationEmail(tx, {
      userId: user.id,
      inviteUrl: `${site.publicUrl}/invitation/token-${user.id}`,
      invitedByName: 'Γιώργος Αδμιν',
      companyName: null,
    }),
  );
  return user;
}

const rowsOf = (userId: string) =>
  t.db.select().from(outboxEmails).where(eq(outboxEmails.recipientUserId, userId));

describe('outbox worker over SMTP', () => {
  it('sends a pending email once, marks it sent and drops the one-time link from the database', async () => {
    const user = await invite('el');
    const w = worker();
    await drain(w);
    await drain(w);
    const got = smtp.to(user.email);
    expect(got).toHaveLength(1);
    expect(got[0]!.subject).toBe('Πρόσκληση στην πύλη υποστήριξης Υποστήριξη Δοκιμή');
    expect(got[0]!.text).toContain(`${site.publicUrl}/invitation/token-${user.id}`);
    expect(got[0]!.html).toContain(`href="${site.publicUrl}/invitation/token-${user.id}"`);
    const [row] = await rowsOf(user.id);
    expect(row).toMatchObject({ status: 'sent', sentVia: 'smtp', attempts: 1, lastError: null });
    expect(row!.sentAt).toBeInstanceOf(Date);
    expect(row!.data.inviteUrl).toBeNull();
    expect(got[0]!.messageId).toBe(`<${row!.id}@localhost>`);
  });

  it('keeps an email the server refuses, and delivers it once after the server takes mail again', async () => {
    const user = await invite('en');
    const w = worker();
    smtp.setMode('refuse');
    expect(await w.runOnce()).toEqual({ sent: 0, retrying: 1, failed: 0 });
    const [waiting] = await rowsOf(user.id);
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1 });
    expect(waiting!.lastError).toMatch(/451|Try again later/);
    // Not due yet: the backoff holds it even though the server is back.
    smtp.setMode('accept');
    expect(await w.runOnce()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    offsetMs = 31_000;
    await drain(w);
    expect(smtp.to(user.email)).toHaveLength(1);
    expect(smtp.to(user.email)[0]!.subject).toBe(
      'Invitation to the Υποστήριξη Δοκιμή support portal',
    );
    expect((await rowsOf(user.id))[0]).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('waits while the server is down and delivers when it is back, nothing lost, nothing twice', async () => {
    const users = [await invite(), await invite(), await invite()];
    const w = worker();
    await smtp.stop();
    try {
      expect(await w.runOnce()).toEqual({ sent: 0, retrying: 3, failed: 0 });
    } finally {
      await smtp.start();
    }
    offsetMs = 31_000;
    await drain(w);
    for (const user of users) {
      expect(smtp.to(user.email)).toHaveLength(1);
      expect((await rowsOf(user.id))[0]).toMatchObject({ status: 'sent', attempts: 2 });
    }
  });

  it('gives up after the configured number of tries and marks the email failed', async () => {
    const user = await invite();
    const w = worker({ maxAttempts: 2 });
    smtp.setMode('refuse');
    expect(await w.runOnce()).toEqual({ sent: 0, retrying: 1, failed: 0 });
    offsetMs = 31_000;
    expect(await w.runOnce()).toEqual({ sent: 0, retrying: 0, failed: 1 });
    offsetMs = 24 * 60 * 60 * 1000;
    expect(await w.runOnce()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    const [row] = await rowsOf(user.id);
    expect(row).toMatchObject({ status: 'failed', attempts: 2 });
    expect(row!.data.inviteUrl).toBe(`${site.publicUrl}/invitation/token-${user.id}`);
    expect(smtp.to(user.email)).toHaveLength(0);
  });

  it('backs off longer after each failure', async () => {
    const user = await invite();
    const w = worker({ maxAttempts: 5 });
    smtp.setMode('refuse');
    await w.runOnce();
    const first = (await rowsOf(user.id))[0]!.nextAttemptAt.getTime() - now().getTime();
    offsetMs = 31_000;
    await w.runOnce();
    const second = (await rowsOf(user.id))[0]!.nextAttemptAt.getTime() - now().getTime();
    expect(first).toBeGreaterThan(25_000);
    expect(first).toBeLessThanOrEqual(30_000);
    expect(second).toBeGreaterThan(55_000);
    expect(second).toBeLessThanOrEqual(60_000);
  });

  it('sends each email exactly once when two workers run at the same time', async () => {
    const users = [];
    for (let i = 0; i < 24; i++) users.push(await invite(i % 2 ? 'en' : 'el'));
    const before = smtp.received.length;
    const a = worker({ batchSize: 5, transport: smtpTransport(smtp.settings) });
    const b = worker({ batchSize: 5, transport: smtpTransport(smtp.settings) });
    await Promise.all([drain(a), drain(b), drain(a), drain(b)]);
    const delivered = smtp.received.slice(before);
    expect(delivered).toHaveLength(24);
    expect(new Set(delivered.map((email) => email.messageId)).size).toBe(24);
    for (const user of users) expect(smtp.to(user.email)).toHaveLength(1);
  });

  it('sends in the background once started, and stops cleanly', async () => {
    const user = await invite();
    const w = worker({ pollIntervalMs: 20 });
    w.start();
    try {
      for (let i = 0; i < 200 && smtp.to(user.email).length === 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    } finally {
      await w.stop();
    }
    expect(smtp.to(user.email)).toHaveLength(1);
  });
});

describe('outbox worker without SMTP', () => {
  it('writes each email as an .eml file and keeps its link for the admin to see', async () => {
    const user = await invite('en');
    const dir = `${t.deps.config.dataDir}/mail-files`;
    await drain(worker({ transport: fileTransport(dir) }));
    const [row] = await rowsOf(user.id);
    expect(row).toMatchObject({ status: 'sent', sentVia: 'file' });
    expect(row!.data.inviteUrl).not.toBeNull();
    const files = readdirSync(dir).filter((name) => name.includes(row!.id));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/\.eml$/);
    const email = parseEmail(readFileSync(`${dir}/${files[0]}`, 'utf8'));
    expect(email.subject).toBe('Invitation to the Υποστήριξη Δοκιμή support portal');
    expect(email.text).toContain(`/invitation/token-${user.id}`);
  });
});

/** A transport that waits at a gate before each send: a slow SMTP server the test lets go when it likes. */
function gatedTransport(after: 'send' | 'refuse' = 'send') {
  const inner = smtpTransport(smtp.settings);
  let open: () => void = () => {};
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  let reached: () => void = () => {};
  const sending = new Promise<void>((resolve) => {
    reached = resolve;
  });
  const transport: MailTransport = {
    kind: 'smtp',
    send: async (email) => {
      reached();
      await gate;
      if (after === 'refuse') throw new Error('451 Try again later');
      await inner.send(email);
    },
    close: () => inner.close(),
  };
  return { transport, sending, open };
}

describe('outbox claims when a process dies or stalls', () => {
  beforeEach(async () => {
    // Each test counts its own emails: leftovers of the tests above are not theirs.
    await t.db.delete(outboxEmails);
  });

  const deliveredOnce = (users: { email: string }[]) => {
    for (const user of users) expect(smtp.to(user.email)).toHaveLength(1);
  };

  it('a server killed after claiming emails hands them on within a minute of a restart', async () => {
    const users = [await invite(), await invite(), await invite()];
    // The dead process claimed them and never sent them, nor renewed its claims.
    const claimed = await claimDueEmails(t.db, {
      workerId: 'killed-process',
      now: now(),
      leaseUntil: new Date(now().getTime() + 60_000),
      limit: 5,
    });
    expect(claimed).toHaveLength(3);
    const restarted = worker();
    expect(await restarted.runOnce()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    offsetMs = 30_000;
    expect(await restarted.runOnce()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    for (const user of users) expect(smtp.to(user.email)).toHaveLength(0);
    offsetMs = 61_000;
    expect(await restarted.runOnce()).toEqual({ sent: 3, retrying: 0, failed: 0 });
    deliveredOnce(users);
    for (const user of users) {
      expect((await rowsOf(user.id))[0]).toMatchObject({
        status: 'sent',
        attempts: 2,
        claimedBy: null,
      });
    }
  });

  it('on the embedded database a restart releases the dead process’s claims at once', async () => {
    const users = [await invite(), await invite()];
    await claimDueEmails(t.db, {
      workerId: 'killed-process',
      now: now(),
      leaseUntil: new Date(now().getTime() + 60_000),
      limit: 5,
    });
    expect(await releaseAllClaims(t.db, now())).toBe(2);
    expect(await worker().runOnce()).toEqual({ sent: 2, retrying: 0, failed: 0 });
    deliveredOnce(users);
  });

  it('keeps renewing the claim of a slow but live send, so no other worker sends it again', async () => {
    const [user] = [await invite()];
    const slow = gatedTransport();
    const a = worker({ transport: slow.transport });
    const b = worker();
    const roundOfA = a.runOnce();
    await slow.sending;
    const [held] = await rowsOf(user!.id);
    expect(held!.claimedBy).toBe(a.workerId);
    // Past the first lease, but A's heartbeat renewed it on the way.
    offsetMs = 50_000;
    await a.heartbeat();
    offsetMs = 100_000;
    expect(await b.runOnce()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    slow.open();
    expect(await roundOfA).toEqual({ sent: 1, retrying: 0, failed: 0 });
    offsetMs = 24 * 60 * 60 * 1000;
    expect(await b.runOnce()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    deliveredOnce([user!]);
  });

  it('a worker that stalled past its lease leaves alone what another worker took over', async () => {
    const users = [await invite(), await invite()];
    const stalled = gatedTransport('refuse');
    const a = worker({ transport: stalled.transport, batchSize: 2 });
    const roundOfA = a.runOnce();
    await stalled.sending;
    // A stops beating (its process paused); its lease runs out and B takes both.
    offsetMs = 61_000;
    const b = worker();
    expect(await b.runOnce()).toEqual({ sent: 2, retrying: 0, failed: 0 });
    // A wakes up: its first send fails late and does not undo B's delivery; the second it skips.
    stalled.open();
    expect(await roundOfA).toEqual({ sent: 0, retrying: 1, failed: 0 });
    deliveredOnce(users);
    for (const user of users) {
      const [row] = await rowsOf(user.id);
      expect(row).toMatchObject({ status: 'sent', claimedBy: null, lastError: null });
    }
  });

  it('claims five at a time: while one worker is stuck on a slow server, another sends the rest', async () => {
    const users: Awaited<ReturnType<typeof invite>>[] = [];
    for (let i = 0; i < 12; i++) users.push(await invite());
    const slow = gatedTransport();
    const a = worker({ transport: slow.transport });
    const roundOfA = a.runOnce();
    await slow.sending;
    const claimedByA = await t.db
      .select({ id: outboxEmails.id })
      .from(outboxEmails)
      .where(eq(outboxEmails.claimedBy, a.workerId));
    expect(claimedByA).toHaveLength(5);
    await drain(worker());
    expect(
      smtp.received.filter((email) => users.some((u) => email.to.includes(u.email))),
    ).toHaveLength(7);
    slow.open();
    expect(await roundOfA).toEqual({ sent: 5, retrying: 0, failed: 0 });
    deliveredOnce(users);
  });
});
