import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';

/** A "status" that makes the receiver never answer, to see the client's deadline. */
export const HANG = -1;

/** One request the receiver got. */
export interface ReceivedWebhook {
  headers: Record<string, string>;
  body: string;
}

/** An HTTPS server that records what it is sent and answers with the statuses it is told. */
export interface WebhookReceiver {
  /** https://127.0.0.1:<port>/hook */
  url: string;
  port: number;
  /** The certificate (PEM) the delivery client must trust, as WEBHOOK_CA_FILE would give it. */
  ca: string;
  received: ReceivedWebhook[];
  /** Statuses to answer with, in order (HANG: no answer at all); 200 once they are used up. */
  answerWith(...statuses: number[]): void;
  reset(): void;
  close(): Promise<void>;
}

/** Starts a receiver on 127.0.0.1 (a free port) with a self-signed certificate for 127.0.0.1 and localhost. */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    curve: 'P-256',
    extensions: [
      { name: 'basicConstraints', cA: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  });
  let answers: number[] = [];
  const received: ReceivedWebhook[] = [];
  const server: Server = createServer(
    { key: pems.private, cert: pems.cert },
    (request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        received.push({
          headers: Object.fromEntries(
            Object.entries(request.headers).map(([name, value]) => [name, String(value)]),
          ),
          body: Buffer.concat(chunks).toString('utf8'),
        });
        const status = answers.shift() ?? 200;
        if (status === HANG) return;
        const location = status >= 300 && status < 400 ? { location: 'https://example.com/' } : {};
        response.writeHead(status, { 'content-type': 'text/plain', ...location });
        response.end(status < 300 ? 'received' : `failed with ${status}`);
      });
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}/hook`,
    port,
    ca: pems.cert,
    received,
    answerWith: (...statuses) => {
      answers = statuses;
    },
    reset: () => {
      answers = [];
      received.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
