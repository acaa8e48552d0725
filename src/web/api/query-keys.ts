import type { TicketListQuery } from '../../shared/api/tickets';

/** Every TanStack Query key of the app, in one place so invalidation stays consistent. */
export const queryKeys = {
  setupStatus: ['setup-status'] as const,
  me: ['me'] as const,
  company: (id: string) => ['companies', id] as const,
  companies: ['companies', 'list'] as const,
  companySubscriptions: (id: string) => ['companies', id, 'subscriptions'] as const,
  staffMembers: ['staff-members'] as const,
  tickets: {
    all: ['tickets'] as const,
    lists: ['tickets', 'list'] as const,
    list: (query: TicketListQuery) => ['tickets', 'list', query] as const,
    detail: (number: number) => ['tickets', 'detail', number] as const,
    formOptions: ['tickets', 'form-options'] as const,
  },
};
