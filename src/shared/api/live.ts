/**
 * What a live message says changed, so the web app knows what to ask for again.
 * Only the kind of thing: what exactly, and whether the user may see it, the next
 * request finds out through the usual checks.
 */
export const LIVE_AREAS = ['tickets', 'tasks', 'subscriptions'] as const;
export type LiveArea = (typeof LIVE_AREAS)[number];

/** The data of an `event: change` on /api/live. */
export interface LiveChangeMessage {
  areas: LiveArea[];
}

/** The SSE event names of /api/live. */
export const LIVE_EVENTS = { change: 'change' } as const;
