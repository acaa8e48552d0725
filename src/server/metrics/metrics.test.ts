import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { outboxEmails } from '../db/schema.js';
import { createAppMetrics } from './app-metrics.js';
import { startMetricsServer } from './metrics.routes.js';

const TOKEN = 'scrape-token-for-tests-0123456789';

/** The value of one sample line (`name{labels} value`), or undefined when absent. */
function sample(exposition: string, series: string): number | undefined {
  const line = exposition.split('\n').find((text) => text.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('GET /metrics with METRICS_TOKEN on the public port', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ config: { metrics: { token: TOKEN } }, metrics: createAppMetrics() });
  });
  afterAll(() => t.close());

  const scrape = async () => {
    const response = await t.app.inject({
      url: '/metrics',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/plain');
    return response.body;
  };

  it('refuses a scrape without the token, or with another one', async () => {
    const anonymous = await t.app.inject({ url: '/metrics' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toMatchObject({ code: 'unauthenticated' });
    expect(anonymous.headers['www-authenticate']).toContain('Bearer');
    expect(anonymous.body).not.toContain('aitima_');
    const wrong = await t.app.inject({
      url: '/metrics',
      headers: { authorization: `Bearer ${TOKEN}x` },
    });
    expect(wrong.statusCode).toBe(401);
  });

  it('exposes every named metric', async () => {
    const body = await scrape();
    for (const name of [
      'aitima_http_request_duration_seconds',
      'aitima_http_server_errors_total',
      'aitima_outbox_emails',
      'aitima_outbox_webhook_deliveries',
      'aitima_live_streams_open',
      'aitima_listen_reconnects',
      'aitima_nodejs_eventloop_lag_seconds',
      t.deps.engine === 'pglite' ? 'aitima_embedded_db_requests' : 'aitima_db_pool_clients',
    ]) {
      expect(body, name).toContain(`# TYPE ${name} `);
    }
    expect(sample(body, 'aitima_live_streams_open')).toBe(0);
    expect(sample(body, 'aitima_listen_reconnects')).toBe(0);
  });

  it('times a request under its route pattern, never its raw URL', async () => {
    const series =
      'aitima_http_request_duration_seconds_count{route="/api/tickets/:number",method="GET",status_class="4xx"}';
    const before = sample(await scrape(), series) ?? 0;
    // No session: 401, timed all the same.
    const response = await t.app.inject({ url: '/api/tickets/4711999' });
    expect(response.statusCode).toBe(401);
    const body = await scrape();
    expect(sample(body, series)).toBe(before + 1);
    // The raw path, not its digits alone: a duration's sum may happen to contain them.
    expect(body).not.toContain('/api/tickets/4711999');
  });

  it('counts the email outbox on each scrape', async () => {
    const series = 'aitima_outbox_emails{status="pending"}';
    const before = sample(await scrape(), series) ?? 0;
    await t.db.insert(outboxEmails).values({
      kind: 'metrics-test',
      toAddress: 'nobody@example.com',
      locale: 'el',
      data: {},
      nextAttemptAt: new Date(Date.now() + 3_600_000),
    });
    expect(sample(await scrape(), series)).toBe(before + 1);
  });
});

describe('GET /metrics on METRICS_PORT', () => {
  it('is served on 127.0.0.1 only and not on the public port', async () => {
    const metrics = createAppMetrics();
    const t = await createTestApp({ config: { metrics: { port: 1, token: TOKEN } }, metrics });
    try {
      const onPublic = await t.app.inject({
        url: '/metrics',
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(onPublic.statusCode).toBe(404);

      const server = await startMetricsServer(metrics, { port: 0, token: TOKEN });
      try {
        expect(new URL(server.url).hostname).toBe('127.0.0.1');
        expect((await fetch(server.url)).status).toBe(401);
        const scraped = await fetch(server.url, { headers: { authorization: `Bearer ${TOKEN}` } });
        expect(scraped.status).toBe(200);
        expect(await scraped.text()).toContain('# TYPE aitima_outbox_emails gauge');
      } finally {
        await server.close();
      }
    } finally {
      await t.close();
    }
  });

  it('has no endpoint at all when neither variable is set', async () => {
    const t = await createTestApp({ metrics: createAppMetrics() });
    try {
      expect((await t.app.inject({ url: '/metrics' })).statusCode).toBe(404);
    } finally {
      await t.close();
    }
  });
});
