import type { LightMyRequestResponse } from 'fastify';
import type { App } from '../../src/server/http/types.js';
import { TEST_ORIGIN } from './test-app.js';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/**
 * A browser-like client for `app.inject`: it sends the same-origin Origin header
 * and keeps the session cookie it is given, as the web app's fetch does.
 */
export class ApiClient {
  private cookie: string | undefined;

  constructor(
    private readonly app: App,
    private readonly ip = '127.0.0.1',
  ) {}

  async request(method: Method, url: string, body?: unknown, headers: Record<string, string> = {}) {
    const response = await this.app.inject({
      method,
      url,
      remoteAddress: this.ip,
      headers: {
        origin: TEST_ORIGIN,
        host: new URL(TEST_ORIGIN).host,
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { payload: body as object }),
    });
    this.keepCookie(response);
    return response;
  }

  get = (url: string) => this.request('GET', url);
  post = (url: string, body?: unknown) => this.request('POST', url, body ?? {});
  patch = (url: string, body?: unknown) => this.request('PATCH', url, body ?? {});
  delete = (url: string) => this.request('DELETE', url);

  /** Logs in and fails the test unless it worked. */
  async logIn(email: string, password: string): Promise<void> {
    const response = await this.post('/api/auth/login', { email, password });
    if (response.statusCode !== 200) {
      throw new Error(`login of ${email} failed: ${response.statusCode} ${response.body}`);
    }
  }

  get hasSession(): boolean {
    return this.cookie !== undefined;
  }

  private keepCookie(response: LightMyRequestResponse): void {
    for (const cookie of response.cookies as { name: string; value: string; maxAge?: number }[]) {
      if (cookie.name !== 'aitima_session') continue;
      this.cookie =
        cookie.value && cookie.maxAge !== 0 ? `${cookie.name}=${cookie.value}` : undefined;
    }
  }
}
