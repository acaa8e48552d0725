import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ThreadItem } from '../../../shared/api/tickets';

/** The row of the thread that shows this item (rows carry `data-thread-item` ids). */
function rowOf(container: HTMLDivElement | null, id: string): HTMLElement | null {
  return container?.querySelector<HTMLElement>(`[data-thread-item="${CSS.escape(id)}"]`) ?? null;
}

/** Whether the top of the element is above the bottom of the window: the reader reached it. */
const isReached = (element: HTMLElement) =>
  element.getBoundingClientRect().top < window.innerHeight;

/**
 * Whether the reader saw the end of the thread as it was before this row came: the
 * row above it (new rows are added below) ends inside the window. A pixel of slack
 * for the rounding of a row scrolled exactly to the bottom.
 */
function wasAtEnd(row: HTMLElement): boolean {
  const before = row.previousElementSibling;
  return !before || before.getBoundingClientRect().bottom <= window.innerHeight + 1;
}

/**
 * A chat's scrolling: the thread opens at its newest message; a new message from
 * the other side scrolls into view when the reader was at the end of the thread,
 * and otherwise waits behind a quiet mark (`unseenId`) so the text being read does
 * not move. `showUnseen` scrolls to it. The items' rows need `data-thread-item`.
 */
export function useFollowThread(items: readonly ThreadItem[], forStaff: boolean) {
  const container = useRef<HTMLDivElement>(null);
  const lastId = useRef<string | null>(null);
  const [unseenId, setUnseenId] = useState<string | null>(null);
  const newest = items.at(-1);

  useLayoutEffect(() => {
    if (!newest) return;
    const previous = lastId.current;
    lastId.current = newest.id;
    if (previous === null) {
      // Opening: the newest message in view, as a chat app opens at the bottom.
      rowOf(container.current, newest.id)?.scrollIntoView({ block: 'nearest' });
      return;
    }
    if (previous === newest.id) return;
    const start = items.findIndex((item) => item.id === previous);
    const incoming = items
      .slice(start + 1)
      .find((item) => item.type === 'message' && item.author.isStaff !== forStaff);
    if (!incoming) return;
    const row = rowOf(container.current, incoming.id);
    if (!row) return;
    if (wasAtEnd(row)) row.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    else setUnseenId(incoming.id);
  }, [items, newest, forStaff]);

  // Scrolling down to the message by hand takes the mark away too.
  useEffect(() => {
    if (!unseenId) return;
    const onScroll = () => {
      const row = rowOf(container.current, unseenId);
      if (!row || isReached(row)) setUnseenId(null);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => window.removeEventListener('scroll', onScroll);
  }, [unseenId]);

  const showUnseen = useCallback(() => {
    if (unseenId) rowOf(container.current, unseenId)?.scrollIntoView({ block: 'nearest' });
    setUnseenId(null);
  }, [unseenId]);

  return { container, unseenId, showUnseen };
}
