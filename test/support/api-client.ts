import type { LightMyRequestResponse } from 'fastify';
import type { App } from '../../src/server/http/types.js';
import { TEST_PASSWORD } from './factories.js';
import { TEST_ORIGIN } from './test-app.js';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/**
 * A browser-like client for `app.inject`: it sends the same-origin Origin header
 * and keeps the session cookie it is given, as the web app's fetch does.
 */
export class ApiClient {
  /** The cookies it was given and keeps sending: the session, and the device cookie of a known browser. */
  private readonly cookies = new Map<string, string>();

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
        ...(this.cookies.size > 0 ? { cookie: this.cookieHeader } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { payload: Buffer.isBuffer(body) ? body : (body as object) }),
    });
    this.keepCookie(response);
    return response;
  }

  get = (url: string) => this.request('GET', url);
  post = (url: string, body?: unknown) => this.request('POST', url, body ?? {});
  patch = (url: string, body?: unknown) => this.request('PATCH', url, body ?? {});
  delete = (url: string) => this.request('DELETE', url);

  /** Uploads one file as the web app does (multipart, field "file"). */
  async upload(
    fileName: string,
    content: Buffer | string,
    contentType = 'application/octet-stream',
  ) {
    const boundary = `----aitima${Math.random().toString(16).slice(2)}`;
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
        `Content-Type: ${contentType}\r\n\r\n`,
    );
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    return this.request('POST', '/api/uploads', Buffer.concat([head, Buffer.from(content), tail]), {
      'content-type': `multipart/form-data; boundary=${boundary}`,
    });
  }

  /** Uploads a file and returns its id, failing the test unless it worked. */
  async uploadId(fileName: string, content: Buffer | string): Promise<string> {
    const response = await this.upload(fileName, content);
    if (response.statusCode !== 201)
      throw new Error(`upload failed: ${response.statusCode} ${response.body}`);
    return response.json().id;
  }

  /** Logs in and fails the test unless it worked. */
  async logIn(email: string, password: string): Promise<void> {
    const response = await this.post('/api/auth/login', { email, password });
    if (response.statusCode !== 200) {
      throw new Error(`login of ${email} failed: ${response.statusCode} ${response.body}`);
    }
  }

  /** The same browser (its cookies) on another network. */
  fromAddress(ip: string): ApiClient {
    const moved = new ApiClient(this.app, ip);
    for (const [name, value] of this.cookies) moved.cookies.set(name, value);
    return moved;
  }

  get hasSession(): boolean {
    return this.cookies.has('aitima_session');
  }

  /** The session cookie as a Cookie header, for requests over real HTTP. */
  get cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  private keepCookie(response: LightMyRequestResponse): void {
    for (const cookie of response.cookies as { name: string; value: string; maxAge?: number }[]) {
      if (!['aitima_session', 'aitima_device', 'aitima_sso'].includes(cookie.name)) continue;
      if (cookie.value && cookie.maxAge !== 0) this.cookies.set(cookie.name, cookie.value);
      else this.cookies.delete(cookie.name);
    }
  }
}

/** A client already logged in as the user with this email (password TEST_PASSWORD unless given). */
export async function loggedInClient(
  app: App,
  email: string,
  password = TEST_PASSWORD,
  ip?: string,
): Promise<ApiClient> {
  const client = new ApiClient(app, ip);
  await client.logIn(email, password);
  return client;
}
