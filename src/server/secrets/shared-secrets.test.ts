import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Signer } from '@fastify/cookie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../../test/support/api-client.js';
import { createCustomer, TEST_PASSWORD } from '../../../test/support/factories.js';
import { createTestApp } from '../../../test/support/test-app.js';
import { createTestDatabase } from '../../../test/support/test-database.js';
import { loadConfig } from '../config/config.js';
import type { DatabaseConnection } from '../db/client.js';
import { sharedSetupCode } from '../setup/setup-code.js';
import {
  deleteRetiredSecrets,
  deleteSecrets,
  firstSecret,
  secretsOf,
} from './server-secrets.repository.js';
import { startSessionKeyRing } from './session-key-ring.js';
import { rotateSessionKey } from './session-key-rotation.js';
import { withSharedSecrets } from './shared-secrets.js';

let connection: DatabaseConnection;
beforeAll(async () => {
  connection = await createTestDatabase();
});
afterAll(() => connection.close());

/** The database as before any server started on it: no session key yet. */
async function withoutSessionKeys() {
  await deleteSecrets(connection.db, 'session');
  return connection.db;
}

const freshDir = () => mkdtempSync(path.join(os.tmpdir(), 'aitima-secrets-'));
const MINUTE = 60_000;

describe('secrets shared through the database', () => {
  it('are stored once when two processes start at once, and both read the same', async () => {
    const [a, b] = await Promise.all([
      firstSecret(connection.db, 'encryption', 'from-process-a'),
      firstSecret(connection.db, 'encryption', 'from-process-b'),
    ]);
    expect(a).toBe(b);
    expect(await firstSecret(connection.db, 'encryption', 'a-later-process')).toBe(a);
  });

  it('give every process the same encryption key unless MAILBOX_SECRET_KEY is set', async () => {
    const one = await withSharedSecrets(loadConfig({ DATA_DIR: freshDir() }), connection.db);
    const two = await withSharedSecrets(loadConfig({ DATA_DIR: freshDir() }), connection.db);
    expect(one.inbound.secretKey).toEqual(two.inbound.secretKey);
    const given = await withSharedSecrets(
      loadConfig({ DATA_DIR: freshDir(), MAILBOX_SECRET_KEY: 'k'.repeat(40) }),
      connection.db,
    );
    expect(given.inbound.secretKey).not.toEqual(one.inbound.secretKey);
  });

  it('start from the session secret an older version kept in DATA_DIR', async () => {
    const other = await withoutSessionKeys();
    const dataDir = freshDir();
    writeFileSync(path.join(dataDir, 'session-secret'), 'kept-by-the-older-version-0123456789\n');
    await withSharedSecrets(loadConfig({ DATA_DIR: dataDir }), other);
    expect((await secretsOf(other, 'session')).map((row) => row.secret)).toEqual([
      'kept-by-the-older-version-0123456789',
    ]);
    // SESSION_SECRET wins and is never stored.
    const withVariable = await withoutSessionKeys();
    await withSharedSecrets(
      loadConfig({ DATA_DIR: freshDir(), SESSION_SECRET: 's'.repeat(40) }),
      withVariable,
    );
    expect(await secretsOf(withVariable, 'session')).toEqual([]);
  });
});

describe('the setup code', () => {
  it('is one code for every process, kept in the file too, and gone once used', async () => {
    const [a, b] = await Promise.all([
      sharedSetupCode(connection.db, freshDir()),
      sharedSetupCode(connection.db, freshDir()),
    ]);
    expect(a.code).toBe(b.code);
    expect(b.store.matches(a.code)).toBe(true);
    expect(existsSync(a.file)).toBe(true);
    await a.store.consume();
    expect(existsSync(a.file)).toBe(false);
    expect(await secretsOf(connection.db, 'setup_code')).toEqual([]);
  });
});

describe('rotating the session key', () => {
  it('keeps old cookies valid for the grace period and signs new ones with the new key', async () => {
    const db = await withoutSessionKeys();
    await firstSecret(db, 'session', 'first-key-first-key-first-key-0000');
    const ring = await startSessionKeyRing(db, () => {});
    const oldCookie = ring.sign('token');

    const rotated = await rotateSessionKey(db, { graceHours: 1 });
    expect(rotated.generation).toBe(2);
    await ring.refresh();
    // Until every process has read the new key, it only verifies: cookies look as before.
    expect(ring.sign('token')).toBe(oldCookie);

    const later = await startSessionKeyRing(db, () => {}, MINUTE);
    const rows = await secretsOf(db, 'session');
    const newKeyOnly = new Signer(rows[1]?.secret ?? '').sign('token');
    // A process already signing with the new key is understood by one that is not yet.
    expect(later.unsign(newKeyOnly)).toMatchObject({ valid: true, value: 'token' });
    later.stop();
    ring.stop();
  });

  it('stops accepting the previous key once it retires', async () => {
    const db = await withoutSessionKeys();
    await firstSecret(db, 'session', 'first-key-first-key-first-key-0000');
    const before = await startSessionKeyRing(db, () => {});
    const oldCookie = before.sign('token');
    before.stop();
    // A leaked key: no grace; the new key signs two refresh periods from "now".
    await rotateSessionKey(db, { graceHours: 0, now: new Date(Date.now() - 10 * MINUTE) });
    const after = await startSessionKeyRing(db, () => {});
    after.stop();
    expect(after.unsign(oldCookie).valid).toBe(false);
    const fresh = after.sign('token');
    expect(fresh).not.toBe(oldCookie);
    expect(after.unsign(fresh)).toMatchObject({ valid: true, renew: false, value: 'token' });
    await deleteRetiredSecrets(db, new Date());
    expect((await secretsOf(db, 'session')).map((row) => row.generation)).toEqual([2]);
  });
});

describe('a session through a key rotation', () => {
  it('stays signed in: its cookie is signed again with the new key', async () => {
    const db = await withoutSessionKeys();
    await firstSecret(db, 'session', 'first-key-first-key-first-key-0000');
    const ring = await startSessionKeyRing(db, () => {});
    const t = await createTestApp({ connection, sessionKeys: ring });
    try {
      const customer = await createCustomer(t.db);
      const client = new ApiClient(t.app);
      await client.logIn(customer.member.email, TEST_PASSWORD);
      const oldCookie = client.cookieHeader;
      // Rotated ten minutes ago: the new key signs now, the old one verifies for an hour.
      await rotateSessionKey(db, { graceHours: 1, now: new Date(Date.now() - 10 * MINUTE) });
      await ring.refresh();
      const me = await client.get('/api/me');
      expect(me.statusCode).toBe(200);
      expect(client.cookieHeader).not.toBe(oldCookie);
      expect((await client.get('/api/me')).statusCode).toBe(200);
      const resigned = (me.cookies as { name: string; value: string }[]).find(
        (cookie) => cookie.name === 'aitima_session',
      );
      expect(ring.unsign(resigned?.value ?? '')).toMatchObject({ valid: true, renew: false });
    } finally {
      ring.stop();
      await t.close();
    }
  });
});
