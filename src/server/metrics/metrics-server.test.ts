import { describe, expect, it } from 'vitest';
import { testConfig } from '../../../test/support/test-app.js';
import { startServer } from '../server.js';

// The whole start as `npm start` does it (embedded database in a fresh DATA_DIR), with
// METRICS_PORT: metrics on a loopback port of their own, none on the public one.
describe('a started server with METRICS_PORT', () => {
  it('serves /metrics on 127.0.0.1 apart, is ready, and has no /metrics publicly', async () => {
    const server = await startServer(testConfig({ metrics: { port: 0 } }));
    try {
      expect(server.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
      const scraped = await fetch(server.metricsUrl ?? '');
      expect(scraped.status).toBe(200);
      const exposition = await scraped.text();
      expect(exposition).toContain('# TYPE aitima_embedded_db_requests gauge');
      expect(exposition).toContain('aitima_outbox_emails{status="pending"} 0');

      // The public port has no metrics: at most the web app's page (when it is built).
      const publicly = await fetch(`${server.url}/metrics`);
      expect(publicly.headers.get('content-type')).not.toContain('text/plain');
      expect(await publicly.text()).not.toContain('# TYPE');
      expect((await fetch(`${server.url}/api/health/ready`)).status).toBe(200);
      expect((await fetch(`${server.url}/api/health/live`)).status).toBe(200);
      // The public port's requests are timed, under their route pattern.
      const again = await (await fetch(server.metricsUrl ?? '')).text();
      expect(again).toContain(
        'aitima_http_request_duration_seconds_count{route="/api/health/ready",method="GET",status_class="2xx"} 1',
      );
    } finally {
      await server.stop();
    }
  }, 180_000);
});
