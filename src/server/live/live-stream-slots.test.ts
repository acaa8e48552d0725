import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/support/test-database.js';
import type { DatabaseConnection } from '../db/client.js';
import { databaseStreamSlots, memoryStreamSlots } from './live-stream-slots.js';

let connection: DatabaseConnection;
beforeAll(async () => {
  connection = await createTestDatabase();
});
afterAll(() => connection.close());

const MINUTE = 60_000;

describe.each([
  ['in the database', () => databaseStreamSlots(connection.db, MINUTE)],
  ['in memory', () => memoryStreamSlots()],
] as const)('stream places %s', (_name, makeSlots) => {
  it('are given up to the cap per user, at once too, and given back', async () => {
    const slots = makeSlots();
    const user = randomUUID();
    const taken = await Promise.all(Array.from({ length: 5 }, () => slots.take(user, 3)));
    expect(taken.filter(Boolean)).toHaveLength(3);
    expect(await slots.take(randomUUID(), 3)).toBeDefined();
    await taken.find(Boolean)?.release();
    expect(await slots.take(user, 3)).toBeDefined();
    expect(await slots.take(user, 3)).toBeUndefined();
  });
});

describe('stream places in the database', () => {
  it('of a process that stopped renewing them lapse, and renewed ones stay', async () => {
    const user = randomUUID();
    // A process that died: its leases ran for a millisecond and were never renewed.
    const crashed = databaseStreamSlots(connection.db, 1);
    expect(await crashed.take(user, 2)).toBeDefined();
    expect(await crashed.take(user, 2)).toBeDefined();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const alive = databaseStreamSlots(connection.db, MINUTE);
    const slot = await alive.take(user, 2);
    expect(slot).toBeDefined();
    await slot?.renew();
    expect(await alive.take(user, 2)).toBeDefined();
    expect(await alive.take(user, 2)).toBeUndefined();
  });
});
