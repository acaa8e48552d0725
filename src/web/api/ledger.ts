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
    queryFn: ({ signal }): Promise<LedgerList> => apiGet('/api/ledger', { query: filter, signal }),
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
    mutationFn: ({
      entryId,
      comment,
    }: {
      entryId: string;
      comment: string;
    }): Promise<LedgerEntry> =>
      apiRequest('POST', '/api/ledger/{id}/dispute', {
        params: { id: entryId },
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
      apiRequest('POST', '/api/disputes/{id}/messages', {
        params: { id: disputeId },
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
      apiRequest('POST', '/api/disputes/{id}/resolve', { params: { id: disputeId }, body }),
    onSuccess: refresh,
  });
}

/** Staff: add or remove minutes by hand, with a reason. */
export function useAdjustHours(companyId: string) {
  const refresh = useRefreshLedger();
  return useMutation({
    mutationFn: (body: AdjustmentRequest): Promise<LedgerEntry> =>
      apiRequest('POST', '/api/companies/{id}/ledger/adjustments', {
        params: { id: companyId },
        body,
      }),
    onSuccess: refresh,
  });
}

/** Staff: the disputes of every company in a status. */
export function useDisputeQueue(status: 'open' | 'corrected' | 'explained') {
  return useQuery({
    queryKey: queryKeys.ledger.disputes(status),
    queryFn: ({ signal }): Promise<DisputeQueue> =>
      apiGet('/api/disputes', { query: { status }, signal }),
  });
}

/** A company's statements (a customer's own; staff name the company). */
export function useStatements(companyId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.ledger.statements(companyId),
    queryFn: ({ signal }): Promise<StatementList> =>
      apiGet('/api/statements', { query: { companyId }, signal }),
  });
}
