import { useInterval } from '@mantine/hooks';
import { useMemo, useState } from 'react';

/**
 * The server's clock, ticking every `tickMs`. The browser's clock may be off, so
 * the offset is taken once per response: the response's `now` against the moment
 * it arrived (TanStack's `dataUpdatedAt`). Live clocks and balances then count
 * from the same instant the server measured its figures at.
 */
export function useServerNow(
  serverNow: string | undefined,
  receivedAt: number,
  tickMs = 1000,
): Date {
  const offset = useMemo(
    () => (serverNow ? Date.parse(serverNow) - receivedAt : 0),
    [serverNow, receivedAt],
  );
  const [clientNow, setClientNow] = useState(() => Date.now());
  useInterval(() => setClientNow(Date.now()), tickMs, { autoInvoke: true });
  // Until the next tick, the moment the response arrived is the freshest "now" there is.
  return new Date(Math.max(clientNow, receivedAt) + offset);
}
