import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { auditListSchema, auditQuerySchema } from '../../shared/api/audit';
import { apiGet } from './client';
import { queryKeys } from './query-keys';
import { withQuery } from './query-string';

/** The audit log's filters: the route's query schema without its pages, so the two cannot drift. */
export type AuditFilter = Omit<z.input<typeof auditQuerySchema>, 'page' | 'pageSize'>;

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
    queryFn: ({ signal }): Promise<AuditList> => apiGet('/api/audit', { query, signal }),

    placeholderData: keepPreviousData,
  });
}
