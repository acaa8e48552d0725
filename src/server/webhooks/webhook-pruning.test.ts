import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, loggedInClient } from '../../../test/support/api-client.js';
import { createUser } from '../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import type { WebhookDeliveryStatus } from '../../shared/api/webhooks.js';
import { webhookDeliveries } from '../db/schema.js';
import { createWebhookWorker } from './webhook.worker.js';
import { pruneWebhookDeliveries } from './webhook-pruning.js';

let t: TestApp;
let admin: ApiClient;
beforeAll(async () => {
  t = await createTestApp();
  admin = await loggedInClient(t.app, (await createUser(t.db, 'admin')).email);
});
afterAll(() => t.close());

const DAY_MS = 24 * 60 * 60 * 1000;
const now = new Date('2026-12-05T10:00:00Z');

async function endpoint(): Promise<string> {
  const response = await admin.post('/api/webhooks', {
    url: 'https://hooks.example.gr/aitima',
    events: ['ticket.created'],
    companyId: null,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

/** Log lines of an endpoint made `daysAgo` days before `now` (one a minute apart, in order). */
async function deliveries(
  endpointId: string,
  count: number,
  daysAgo: number,
  status: WebhookDeliveryStatus = 'delivered',
) {
  const at = now.getTime() - daysAgo * DAY_MS;
  await t.db.insert(webhookDeliveries).values(
    Array.from({ length: count }, (_, i) => ({
      endpointId,
      messageId: `msg_${endpointId.slice(0, 8)}_${daysAgo}_${i}`,
      eventType: 'ticket.created',
      payload: {},
      status,
      createdAt: new Date(at + i * 60_000),
    })),
  );
}

async function daysAgoOf(endpointId: string): Promise<number[]> {
  const rows = await t.db
    .select({ createdAt: webhookDeliveries.createdAt })
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.endpointId, endpointId));
  return rows
    .map((row) => Math.ceil((now.getTime() - row.createdAt.getTime()) / DAY_MS))
    .sort((a, b) => a - b);
}

describe('pruning the webhook delivery log', () => {
  it('deletes lines past the retention in batches, keeping each endpoint’s newest and every pending one', async () => {
    const [busy, quiet, stuck] = [await endpoint(), await endpoint(), await endpoint()];
    await deliveries(busy, 10, 40);
    await deliveries(busy, 2, 1);
    await deliveries(quiet, 2, 35, 'failed');
    await deliveries(stuck, 1, 60, 'pending');
    await deliveries(stuck, 4, 45, 'failed');

    const deleted = await pruneWebhookDeliveries(t.db, {
      retentionDays: 30,
      now,
      keepPerEndpoint: 3,
      batchSize: 4,
    });

    // 9 of busy's old lines and 1 of stuck's: three batches (4, 4, 2).
    expect(deleted).toBe(10);
    expect(await daysAgoOf(busy)).toEqual([1, 1, 40]);
    // Every line is old, but the log is never emptied by age alone.
    expect(await daysAgoOf(quiet)).toEqual([35, 35]);
    // A pending delivery is work still to do, never log to prune.
    expect(await daysAgoOf(stuck)).toEqual([45, 45, 45, 60]);
    // Nothing more to do the second time.
    expect(await pruneWebhookDeliveries(t.db, { retentionDays: 30, now, keepPerEndpoint: 3 })).toBe(
      0,
    );
  });

  it('is run by the webhook worker with WEBHOOK_DELIVERY_RETENTION_DAYS, keeping 50 per endpoint', async () => {
    const [old, recent] = [await endpoint(), await endpoint()];
    await deliveries(old, 55, 10);
    await deliveries(recent, 3, 2);
    const worker = createWebhookWorker({
      db: t.db,
      secretKey: t.deps.config.inbound.secretKey,
      settings: {
        timeoutMs: 1000,
        maxAttempts: 1,
        disableAfterFailures: 1,
        deliveryRetentionDays: 7,
      },
      now: () => now,
    });
    expect(await worker.pruneDeliveries()).toBe(5);
    expect(await daysAgoOf(old)).toHaveLength(50);
    expect(await daysAgoOf(recent)).toEqual([2, 2, 2]);
  });
});
