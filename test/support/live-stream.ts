/** One server-sent event as a browser's EventSource would hand it over. */
export interface ServerSentEvent {
  event: string;
  data: string;
}

/** A /api/live stream read over real HTTP, its events queued for the test to take. */
export interface LiveStream {
  status: number;
  headers: Headers;
  /** The next event, or an error after `timeoutMs`. */
  next(timeoutMs?: number): Promise<ServerSentEvent>;
  /** Events that have arrived and not been taken yet. */
  readonly queued: ServerSentEvent[];
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close(): void;
}

/** Parses the text of a stream into events (comments and `retry:` lines are skipped). */
export function parseServerSentEvents(block: string): ServerSentEvent | null {
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith('event: ')) event = line.slice(7);
    else if (line.startsWith('data: ')) data.push(line.slice(6));
  }
  return data.length ? { event, data: data.join('\n') } : null;
}

export async function openLiveStream(baseUrl: string, cookie: string): Promise<LiveStream> {
  const abort = new AbortController();
  const response = await fetch(`${baseUrl}/api/live`, {
    headers: { cookie, accept: 'text/event-stream' },
    signal: abort.signal,
  });
  const queued: ServerSentEvent[] = [];
  let wake: (() => void) | undefined;
  const ended = (async () => {
    if (!response.body) return;
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body) {
        buffer += decoder.decode(chunk as Uint8Array, { stream: true });
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const parsed = parseServerSentEvents(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
          if (parsed) queued.push(parsed);
          end = buffer.indexOf('\n\n');
        }
        wake?.();
      }
    } catch (error) {
      if (!abort.signal.aborted) throw error;
    }
  })();
  return {
    status: response.status,
    headers: response.headers,
    queued,
    ended,
    async next(timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (queued.length === 0) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no live event within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, Math.min(left, 50));
        });
      }
      return queued.shift()!;
    },
    close: () => abort.abort(),
  };
}
