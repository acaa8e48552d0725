import { useHotkeys } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { TicketListItem } from '../../../shared/api/tickets';
import { ticketPath } from './ticket-table';

/** What the ticket page reads to put the cursor in the reply box («r» in the queue). */
export interface TicketPageState {
  focusReply?: boolean;
}

const rowOf = (number: number) =>
  document.querySelector<HTMLElement>(`[data-ticket-number="${number}"]`);

/**
 * The queue from the keyboard: j/k choose the next or previous row, Enter opens it,
 * r opens it with the reply box focused. The chosen row takes the focus, so Enter
 * never also presses whatever button had it. Letters typed into a field are text.
 */
export function useQueueKeys(tickets: TicketListItem[], enabled: boolean) {
  const [selected, setSelected] = useState<number | null>(null);
  const navigate = useNavigate();
  const count = tickets.length;
  const current = selected === null || count === 0 ? null : Math.min(selected, count - 1);
  const currentNumber = current === null ? undefined : tickets[current]?.number;

  useEffect(() => {
    if (currentNumber === undefined) return;
    const row = rowOf(currentNumber);
    row?.focus({ preventScroll: true });
    row?.scrollIntoView({ block: 'nearest' });
  }, [currentNumber]);

  const move = (step: number) =>
    setSelected((at) =>
      count === 0 ? null : at === null ? 0 : Math.max(0, Math.min(count - 1, at + step)),
    );
  const open = (focusReply: boolean) => {
    if (currentNumber === undefined) return;
    // Enter on a link or button elsewhere is that control's, not the queue's.
    const active = document.activeElement;
    if (active && active !== document.body && active !== rowOf(currentNumber)) return;
    const state: TicketPageState = { focusReply };
    navigate(ticketPath(currentNumber), { state });
  };

  useHotkeys(
    enabled
      ? [
          ['j', () => move(1)],
          ['k', () => move(-1)],
          ['Enter', () => open(false), { preventDefault: false }],
          ['r', () => open(true)],
        ]
      : [],
  );
  return current;
}
