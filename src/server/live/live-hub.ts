import { LIVE_AREAS, type LiveArea } from '../../shared/api/live.js';
import type { DatabaseConnection } from '../db/client.js';

/** The channel the database triggers of migration 0007 announce changes on. */
export const LIVE_CHANNEL = 'aitima_live';

/** One change as the hub hands it on: which company's data, and what kind of thing. */
export interface LiveChange {
  /** Null when anything may have changed anywhere (messages were missed). */
  companyId: string | null;
  areas: readonly LiveArea[];
}

export type LiveListener = (change: LiveChange) => void;

/** Fans the database's change announcements out to this process's open streams. */
export interface LiveHub {
  subscribe(listener: LiveListener): () => void;
  /** For /metrics: streams listening now, and how often the LISTEN connection was made again. */
  stats(): { openStreams: number; listenReconnects: number };
  close(): Promise<void>;
}

const AREAS_OF_TABLE: Record<string, LiveArea> = {
  tickets: 'tickets',
  ticket_events: 'tickets',
  tasks: 'tasks',
  subscriptions: 'subscriptions',
};

/** The change a trigger's payload describes, or null for one this code does not know. */
export function parseLiveChange(payload: string): LiveChange | null {
  let message: unknown;
  try {
    message = JSON.parse(payload);
  } catch {
    return null;
  }
  if (typeof message !== 'object' || message === null) return null;
  const { table, companyId } = message as { table?: unknown; companyId?: unknown };
  const area = typeof table === 'string' ? AREAS_OF_TABLE[table] : undefined;
  if (!area || typeof companyId !== 'string') return null;
  return { companyId, areas: [area] };
}

/** Starts listening on the database; `close` stops it. `onError` hears of lost connections. */
export async function startLiveHub(
  connection: Pick<DatabaseConnection, 'listen'>,
  onError: (error: Error) => void = () => {},
): Promise<LiveHub> {
  const listeners = new Set<LiveListener>();
  let listenReconnects = 0;
  const tell = (change: LiveChange) => {
    for (const listener of listeners) listener(change);
  };
  const stopListening = await connection.listen(LIVE_CHANNEL, {
    onMessage: (payload) => {
      const change = parseLiveChange(payload);
      if (change) tell(change);
    },
    onGap: () => {
      listenReconnects += 1;
      tell({ companyId: null, areas: LIVE_AREAS });
    },
    onError,
  });
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stats: () => ({ openStreams: listeners.size, listenReconnects }),
    close: async () => {
      listeners.clear();
      await stopListening();
    },
  };
}
