import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  changeTicketListParams,
  parseTicketListParams,
  serializeTicketListParams,
  type TicketListParams,
} from '../../lib/ticket-list-params';

/**
 * A ticket list's filters, kept in the query string. Each change is a history
 * entry (back undoes it), except typing in the search box, which replaces the
 * current entry so back does not step through every keystroke.
 */
export function useTicketListParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => parseTicketListParams(searchParams), [searchParams]);
  const change = useCallback(
    (update: Partial<TicketListParams>, options: { replace?: boolean } = {}) =>
      setSearchParams(
        (previous) =>
          serializeTicketListParams(
            changeTicketListParams(parseTicketListParams(previous), update),
          ),
        { replace: options.replace ?? false },
      ),
    [setSearchParams],
  );
  return { params, change };
}
