import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { auditListSchema } from '../../shared/api/audit';
import { apiGet } from './client';
import { queryKeys } from './query-keys';
import { withQuery } from './query-string';

/** The audit log's filters as the API takes them; empty ones are left out. */
export interface AuditFilter {
  companyId?: string;
  userId?: string;
  /** An action kind ('auth') or a whole action ('auth.login'). */
  action?: string;
  /** Inclusive days, 'YYYY-MM-DD'. */
  from?: string;
  to?: string;
}

export type AuditList = z.infer<typeof auditListSchema>;

/** Entries per page: a table takes 50 at a glance; on a phone, where each is a card, fewer. */
export const AUDIT_PAGE_SIZE = { table: 50, cards: 15 } as const;

/** «Εξαγωγή CSV»: the same filters, every matching entry (a plain link, so the browser downloads it). */
export function auditCsvPath(filter: AuditFilter): string {
  return withQuery('/api/audit.csv', filter);
}

/** One page of the audit log (admin), newest first. */
export function useAuditLog(filter: AuditFilter, page: number, pageSize: number) {
  const query = { ...filter, page, pageSize };
  return useQuery({
    queryKey: queryKeys.audit(query),
    queryFn: ({ signal }) => apiGet<AuditList>(withQuery('/api/audit', query), signal),
    placeholderData: keepPreviousData,
  });
}
