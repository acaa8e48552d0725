import pg from 'pg';

/** What a LISTEN reports: each message, and when messages may have been missed. */
export interface ListenHandlers {
  onMessage(payload: string): void;
  /** The connection was lost and made again: whatever was said meanwhile is gone. */
  onGap(): void;
  onError?(error: Error): void;
}

const RETRY_MIN_MS = 500;
const RETRY_MAX_MS = 30_000;

/**
 * LISTENs on `channel` on a connection of its own (a pooled one would be handed to
 * other queries), and makes it again, with growing pauses, whenever it is lost.
 */
export async function listenOnPostgres(
  databaseUrl: string,
  channel: string,
  handlers: ListenHandlers,
): Promise<() => Promise<void>> {
  let client: pg.Client | undefined;
  let stopped = false;
  let retryMs = RETRY_MIN_MS;
  let retryTimer: NodeJS.Timeout | undefined;

  async function connect(): Promise<void> {
    const next = new pg.Client({ connectionString: databaseUrl });
    next.on('notification', (message) => {
      if (message.channel === channel) handlers.onMessage(message.payload ?? '');
    });
    next.on('error', (error) => {
      handlers.onError?.(error);
      reconnectSoon(next);
    });
    next.on('end', () => reconnectSoon(next));
    client = next;
    await next.connect();
    await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    retryMs = RETRY_MIN_MS;
  }

  function reconnectSoon(lost: pg.Client): void {
    if (stopped || client !== lost || retryTimer) return;
    client = undefined;
    lost.removeAllListeners('end');
    void lost.end().catch(() => {});
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      connect().then(handlers.onGap, (error: Error) => {
        handlers.onError?.(error);
        retryMs = Math.min(retryMs * 2, RETRY_MAX_MS);
        if (client) reconnectSoon(client);
      });
    }, retryMs);
    retryTimer.unref();
  }

  await connect();
  return async () => {
    stopped = true;
    clearTimeout(retryTimer);
    const last = client;
    client = undefined;
    await last?.end().catch(() => {});
  };
}
