import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { smtpTransport } from '../../src/server/email/mail-transport.js';
import {
  createOutboxWorker,
  type OutboxWorker,
  type OutboxWorkerOptions,
} from '../../src/server/email/outbox.worker.js';
import type { TestApp } from './test-app.js';

/** An email as the test SMTP server received it, decoded enough to check. */
export interface ReceivedEmail {
  /** Envelope recipients (RCPT TO), lower-cased. */
  to: string[];
  subject: string;
  messageId: string;
  text: string;
  html: string;
  raw: string;
  /** The top-level headers, names lower-cased (unfolded, not decoded). */
  headers: Map<string, string>;
}

/** What the server does with a message: take it, or refuse it as a temporary failure (451). */
export type SmtpMode = 'accept' | 'refuse';

export interface TestSmtpServer {
  port: number;
  /** Every message accepted so far, in order. */
  received: ReceivedEmail[];
  setMode(mode: SmtpMode): void;
  /** Stops listening (the port refuses connections) until `start()` again. */
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
  /** Messages received by one address. */
  to(address: string): ReceivedEmail[];
  /** SMTP settings pointing at this server, for MailSettings.smtp. */
  settings: { host: string; port: number; secure: boolean };
}

/** A real SMTP server on 127.0.0.1 and a free port, collecting what it is sent. */
export async function startTestSmtpServer(): Promise<TestSmtpServer> {
  const received: ReceivedEmail[] = [];
  let mode: SmtpMode = 'accept';
  const makeServer = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          if (mode === 'refuse') {
            const error = Object.assign(new Error('Try again later'), { responseCode: 451 });
            callback(error);
            return;
          }
          const raw = Buffer.concat(chunks).toString('utf8');
          const to = session.envelope.rcptTo.map((address) => address.address.toLowerCase());
          received.push({ to, raw, ...parseEmail(raw) });
          callback();
        });
      },
    });
  let server = makeServer();
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () =>
        resolve((server.server.address() as AddressInfo).port),
      );
    });
  const port = await listen(0);
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return {
    port,
    received,
    setMode: (next) => {
      mode = next;
    },
    stop: close,
    start: async () => {
      server = makeServer();
      await listen(port);
    },
    close,
    to: (address) => received.filter((email) => email.to.includes(address.toLowerCase())),
    settings: { host: '127.0.0.1', port, secure: false },
  };
}

/** Splits a MIME entity into its (unfolded, lower-cased) headers and body. */
function splitEntity(raw: string): { headers: Map<string, string>; body: string } {
  const normalized = raw.replace(/\r\n/g, '\n');
  const end = normalized.indexOf('\n\n');
  const head = end === -1 ? normalized : normalized.slice(0, end);
  const body = end === -1 ? '' : normalized.slice(end + 2);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

/** Decodes RFC 2047 encoded words (=?UTF-8?B?…?= and =?UTF-8?Q?…?=). */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_match, encoding: string, text: string) =>
      encoding.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    );
}

function decodeQuotedPrintable(value: string): string {
  const bytes: number[] = [];
  const text = value.replace(/=\n/g, '');
  for (let i = 0; i < text.length; i++) {
    const hex = text.slice(i + 1, i + 3);
    if (text[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(text[i]!, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function decodeBody(headers: Map<string, string>, body: string): string {
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  if (encoding === 'base64')
    return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(body);
  return body;
}

/** Reads the subject, Message-ID and the text and HTML parts of a message. */
export function parseEmail(raw: string): Omit<ReceivedEmail, 'to' | 'raw'> {
  const { headers, body } = splitEntity(raw);
  const parts: { type: string; content: string }[] = [];
  const collect = (entityHeaders: Map<string, string>, entityBody: string) => {
    const type = entityHeaders.get('content-type') ?? 'text/plain';
    const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
    if (type.toLowerCase().startsWith('multipart/') && boundary) {
      const sections = entityBody.split(`--${boundary}`).slice(1);
      for (const section of sections) {
        if (section.startsWith('--')) break;
        const part = splitEntity(section.replace(/^\n/, ''));
        collect(part.headers, part.body);
      }
      return;
    }
    parts.push({ type: type.toLowerCase(), content: decodeBody(entityHeaders, entityBody) });
  };
  collect(headers, body);
  return {
    headers,
    subject: decodeHeader(headers.get('subject') ?? ''),
    messageId: headers.get('message-id') ?? '',
    text: parts.find((part) => part.type.startsWith('text/plain'))?.content ?? '',
    html: parts.find((part) => part.type.startsWith('text/html'))?.content ?? '',
  };
}

/** A worker sending a test app's outbox to a test SMTP server, and a way to deliver everything due. */
export function smtpWorkerFor(
  t: TestApp,
  smtp: TestSmtpServer,
  overrides: Partial<OutboxWorkerOptions> = {},
): { worker: OutboxWorker; deliver(): Promise<void> } {
  const worker = createOutboxWorker({
    db: t.db,
    transport: smtpTransport(smtp.settings),
    from: t.deps.mail.from,
    site: { companyName: t.deps.config.companyName, publicUrl: t.deps.config.publicUrl },
    maxAttempts: t.deps.mail.maxAttempts,
    ...overrides,
  });
  return {
    worker,
    deliver: async () => {
      for (;;) {
        const round = await worker.runOnce();
        if (round.sent + round.retrying + round.failed === 0) return;
      }
    },
  };
}
