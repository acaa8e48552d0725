import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from '../../src/server/http/types.js';

export interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface PendingRequest {
  /** The answer; never settles for a request that was destroyed. */
  answer: Promise<HttpAnswer>;
  /** Sends more of the body (for a request opened with `bodyLength`). */
  write(chunk: string): void;
  /** Closes the connection, as a browser does when the user leaves the page. */
  destroy(): void;
}

/** Listens on a free local port and returns the base URL (fastify.inject has no socket to close). */
export async function listenOnFreePort(app: App): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

/**
 * A real HTTP request on its own connection. With `bodyLength` the body is announced but
 * not sent: `write` sends it piece by piece, as a slow client would.
 */
export function openRequest(
  url: string,
  options: { method?: string; bodyLength?: number; headers?: Record<string, string> } = {},
): PendingRequest {
  const request = http.request(url, {
    method: options.method ?? 'GET',
    agent: false,
    headers: {
      ...(options.bodyLength !== undefined
        ? { 'content-type': 'application/json', 'content-length': String(options.bodyLength) }
        : {}),
      ...options.headers,
    },
  });
  const answer = new Promise<HttpAnswer>((resolve, reject) => {
    request.on('response', (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        body += chunk;
      });
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
      );
      response.on('error', reject);
    });
    request.on('error', (error) => {
      // A request we destroyed on purpose has no answer; that is the point.
      if (!request.destroyed || (error as NodeJS.ErrnoException).code !== 'ECONNRESET')
        reject(error);
    });
  });
  if (options.bodyLength === undefined) request.end();
  else request.flushHeaders();
  return {
    answer,
    write: (chunk) => {
      request.write(chunk);
    },
    destroy: () => {
      answer.catch(() => {}); // an answer cut off on purpose (the stream was open) is no failure
      request.destroy();
    },
  };
}
