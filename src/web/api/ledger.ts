import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AdjustmentRequest,
  DisputeQueue,
  LedgerEntry,
  LedgerList,
  ResolveDisputeRequest,
} from '../../shared/api/ledger';
import type { StatementList } from '../../shared/api/statements';
import { apiGet, apiRequest } from './client';
import { queryKeys } from './query-keys';
import { withQuery } from './query-string';

/** The filters of «Κίνηση ωρών»; empty values are left out of the request. */
export interface LedgerFilter {
  companyId?: string | undefined;
  subscriptionId?: string | undefined;
  periodStartDate?: string | undefined;
  ticketNumber?: number | undefined;
}

/** «Κίνηση ωρών»: a page of lines, newest first. */
export function useLedger(filter: LedgerFilter & { page: number; pageSize: number }) {
  return useQuery({
    queryKey: queryKeys.ledger.list({ ...filter }),
    queryFn: ({ signal }) => apiGet<LedgerList>(withQuery('/api/ledger', filter), signal),
    placeholderData: keepPreviousData,
  });
}

/** «Εξαγωγή CSV» of the lines the filters match (a plain link, so the browser downloads it). */
export const ledgerCsvPath = (filter: LedgerFilter) => withQuery('/api/ledger.csv', filter);

/** After a change to the ledger: its lists, the disputes, statements and the hours move. */
function useRefreshLedger() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.ledger.all });
    void queryClient.invalidateQueries({ queryKey: queryKeys.dashboard.all });
  };
}

/** «Αμφισβήτηση» of a line (company_admin). */
export function useOpenDispute() {
  const refresh = useRefreshLedger();
  return useMutation({
    mutationFn: ({ entryId, comment }: { entryId: string; comment: string }) =>
      apiRequest<LedgerEntry>('POST', `/api/ledger/${encodeURIComponent(entryId)}/dispute`, {
        body: { comment },
      }),
    onSuccess: refresh,
  });
}

/** A message in a dispute's thread (staff, company_admin). */
export function useReplyToDispute() {
  const refresh = useRefreshLedger();
  return useMutation({
    mutationFn: ({ disputeId, body }: { disputeId: string; body: string }) =>
      apiRequest<void>('POST', `/api/disputes/${encodeURIComponent(disputeId)}/messages`, {
        body: { body },
      }),
    onSuccess: refresh,
  });
}

/** Staff: correct (a new line) or explain a disputed line. */
export function useResolveDispute() {
  const refresh = useRefreshLedger();
  return useMutation({
    mutationFn: ({ disputeId, ...body }: ResolveDisputeRequest & { disputeId: string }) =>
      apiRequest<void>('POST', `/api/disputes/${encodeURIComponent(disputeId)}/resolve`, { body }),
    onSuccess: refresh,
  });
}

/** Staff: add or remove minutes by hand, with a reason. */
export function useAdjustHours(companyId: string) {
  const refresh = useRefreshLedger();
  return useMutation({
    mutationFn: (body: AdjustmentRequest) =>
      apiRequest<LedgerEntry>(
        'POST',
        `/api/companies/${encodeURIComponent(companyId)}/ledger/adjustments`,
        { body },
      ),
    onSuccess: refresh,
  });
}

/** Staff: the disputes of every company in a status. */
export function useDisputeQueue(status: 'open' | 'corrected' | 'explained') {
  return useQuery({
    queryKey: queryKeys.ledger.disputes(status),
    queryFn: ({ signal }) => apiGet<DisputeQueue>(withQuery('/api/disputes', { status }), signal),
  });
}

/** A company's statements (a customer's own; staff name the company). */
export function useStatements(companyId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.ledger.statements(companyId),
    queryFn: ({ signal }) =>
      apiGet<StatementList>(withQuery('/api/statements', { companyId }), signal),
  });
}
