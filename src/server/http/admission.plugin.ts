import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  type AdmissionLimits,
  type AdmissionQueue,
  type AdmissionTicket,
  createAdmissionQueue,
} from './admission-queue.js';
import { AppError } from './errors.js';
import type { App } from './types.js';

/** The line's limits, and how long a request may wait for its turn before it is refused. */
export interface AdmissionSettings extends AdmissionLimits {
  /**
   * A request that has waited this long is answered 503 rather than kept on: when requests
   * are slow, even a short line means a long wait, and the client would give up anyway.
   */
  maxWaitMs: number;
}

/** Seconds a turned-away client is told to wait (`Retry-After`) before it asks again. */
export const BUSY_RETRY_AFTER_SECONDS = 1;

// Paths that never wait in line. The health check must answer while the line is full: a
// liveness probe that got 503 would make an orchestrator restart a server that is merely
// busy. Its `select 1` still runs behind the few requests in progress, so it stays quick.
const unqueuedPaths = ['/api/health', '/api/health/live', '/api/health/ready'];
// Streams that live for minutes: they wait their turn for the session lookup and give the
// slot back once the stream is set up (their handler reads nothing more from the database).
const streamPaths = ['/api/live'];

/** 503 for a full line; thrown from a hook, the error handler makes it problem+json. */
export const serverBusy = () =>
  new AppError(
    503,
    'server_busy',
    'The server is busy; try again in a moment',
    undefined,
    BUSY_RETRY_AFTER_SECONDS,
  );

function pathOf(request: FastifyRequest): string {
  return request.url.split('?')[0] ?? '';
}

function takesPartInLine(request: FastifyRequest): boolean {
  if (!request.url.startsWith('/api/')) return false; // the web app's files need no database
  if (unqueuedPaths.includes(pathOf(request))) return false;
  // An upload streams its file inside the handler: holding a slot while a phone sends
  // 20 MB would stop everyone else. Uploads are few and rate-limited.
  return !(request.headers['content-type'] ?? '').startsWith('multipart/');
}

function hasBody(request: FastifyRequest): boolean {
  const length = Number(request.headers['content-length'] ?? 0);
  return length > 0 || request.headers['transfer-encoding'] !== undefined;
}

/** Settles when `turn` or `gone` does, or says 'too_long' once `ms` have passed. */
async function waitAtMost(
  ms: number,
  turn: Promise<void>,
  gone: Promise<void>,
): Promise<'settled' | 'too_long'> {
  let timer: NodeJS.Timeout | undefined;
  const tooLong = new Promise<'too_long'>((resolve) => {
    timer = setTimeout(() => resolve('too_long'), ms);
  });
  try {
    return await Promise.race([
      turn.then(() => 'settled' as const),
      gone.then(() => 'settled' as const),
      tooLong,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** True when the client closed its connection: nobody is left to read the answer. */
export function isClientGone(request: FastifyRequest, reply: FastifyReply): boolean {
  return request.raw.socket?.destroyed === true || reply.raw.destroyed;
}

/**
 * A request whose client has gone by the time its handler would start is not run: its
 * work would only delay the clients still waiting. Applies on every database engine.
 */
export function registerClientGoneGuard(app: App): void {
  app.addHook('preHandler', async (request, reply) => {
    if (!isClientGone(request, reply)) return;
    request.log.info('client closed the connection before its request ran; skipped');
    reply.hijack(); // nothing is sent (there is nobody to send to) and the handler never runs
  });
}

/**
 * Puts database requests in a bounded line (for the embedded database, which runs one
 * query at a time): `maxActive` in progress, `maxWaiting` waiting, and anyone past that
 * gets 503 `server_busy` with `Retry-After` at once, without touching the database. A
 * request whose client disconnects while waiting leaves the line and never runs.
 * Requests without a body take their turn on arrival (their session lookup is database
 * work); requests with a body once it has arrived, so a slow sender holds no slot.
 */
export function registerAdmissionControl(app: App, limits: AdmissionSettings): AdmissionQueue {
  const queue = createAdmissionQueue(limits);
  const tickets = new WeakMap<FastifyRequest, AdmissionTicket>();

  const release = (request: FastifyRequest) => {
    tickets.get(request)?.leave();
  };

  async function waitForTurn(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    if (tickets.has(request)) return;
    const ticket = queue.enter();
    if (!ticket) throw serverBusy();
    tickets.set(request, ticket);
    // 'close' comes when the answer has gone out or the connection dropped, whichever is
    // first: either way the slot (or the place in line) is given back, so none is lost.
    let closed = false;
    const gone = new Promise<void>((resolve) => {
      reply.raw.once('close', () => {
        closed = true;
        ticket.leave();
        resolve();
      });
    });
    if (isClientGone(request, reply)) ticket.leave();
    else if ((await waitAtMost(limits.maxWaitMs, ticket.granted, gone)) === 'too_long') {
      if (!ticket.isActive) {
        ticket.leave();
        throw serverBusy();
      }
    }
    // PGlite runs on this thread and its queries resolve as microtasks: once a request
    // starts, its whole database work runs before Node reads another connection, so
    // newcomers would wait unseen in the kernel's buffers, and clients that gave up there
    // would still be run. One turn of the event loop before starting lets every request
    // that has arrived take its place in line (or be refused), and a hang-up be noticed.
    if (ticket.isActive) await new Promise((resolve) => setImmediate(resolve));
    if (ticket.isActive && !closed && !isClientGone(request, reply)) return;
    request.log.info('client closed the connection while waiting for a turn; skipped');
    ticket.leave();
    reply.hijack(); // stops the request here: its handler never runs
  }

  app.addHook('onRequest', async (request, reply) => {
    if (takesPartInLine(request) && !hasBody(request)) await waitForTurn(request, reply);
  });
  app.addHook('preValidation', async (request, reply) => {
    if (takesPartInLine(request) && hasBody(request)) await waitForTurn(request, reply);
  });
  app.addHook('preHandler', async (request) => {
    if (streamPaths.includes(pathOf(request))) release(request);
  });
  // The handler has answered: its database work is done, the next in line may start.
  app.addHook('onSend', async (request, _reply, payload) => {
    release(request);
    return payload;
  });
  return queue;
}
