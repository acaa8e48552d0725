import { LIVE_EVENTS, type LiveArea, type LiveChangeMessage } from '../../shared/api/live';

/** What a stream reports, and what the tab holding it tells the other tabs. */
export type LiveNews =
  | { kind: 'change'; areas: LiveArea[] }
  /** Whether a stream is open (pages poll while none is). */
  | { kind: 'state'; open: boolean }
  /** Changes may have been missed: ask for everything again. */
  | { kind: 'gap' };

/** A dropped stream gets this long to come back before the pages start polling. */
const GRACE_MS = 5000;

/**
 * Opens /api/live and reports what it hears. EventSource reopens a dropped stream
 * by itself; what was said while it was closed is lost, so a reopening is a gap.
 * Returns a function that closes it.
 */
export function openLiveStream(report: (news: LiveNews) => void): () => void {
  const source = new EventSource('/api/live');
  let hasOpened = false;
  let offlineTimer: ReturnType<typeof setTimeout> | undefined;

  source.onopen = () => {
    clearTimeout(offlineTimer);
    offlineTimer = undefined;
    if (hasOpened) report({ kind: 'gap' });
    hasOpened = true;
    report({ kind: 'state', open: true });
  };
  source.onerror = () => {
    offlineTimer ??= setTimeout(() => {
      offlineTimer = undefined;
      report({ kind: 'state', open: false });
    }, GRACE_MS);
  };
  source.addEventListener(LIVE_EVENTS.change, (event) => {
    const message = JSON.parse((event as MessageEvent<string>).data) as LiveChangeMessage;
    report({ kind: 'change', areas: message.areas });
  });
  return () => {
    clearTimeout(offlineTimer);
    source.close();
  };
}
