import type { LiveArea } from '../../shared/api/live.js';

/**
 * Passes a stream's changes on at most once per window: the first change at once
 * (a reply shows on the other side's page within a second), later ones gathered
 * until the window ends, so a busy instance cannot make pages ask again more often.
 */
export function createChangeCoalescer(
  send: (areas: LiveArea[]) => void,
  windowMs: number,
  now: () => number = Date.now,
) {
  const pending = new Set<LiveArea>();
  let timer: NodeJS.Timeout | undefined;
  let lastSentAt = Number.NEGATIVE_INFINITY;

  const flush = () => {
    timer = undefined;
    lastSentAt = now();
    const areas = [...pending];
    pending.clear();
    send(areas);
  };

  return {
    push(areas: readonly LiveArea[]): void {
      for (const area of areas) pending.add(area);
      if (timer) return;
      const wait = lastSentAt + windowMs - now();
      if (wait <= 0) flush();
      else timer = setTimeout(flush, wait);
    },
    stop(): void {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
