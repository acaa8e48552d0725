import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CreateContactRequest,
  invitationSentSchema,
  Person,
  personListSchema,
  updateContactRequestSchema,
} from '../../shared/api/contacts';
import { apiGet, apiRequest } from './client';
import { queryKeys } from './query-keys';

/** A new or re-sent invitation: the person, the one-time link and when it stops working. */
export type InvitationSent = z.infer<typeof invitationSentSchema>;
export type ContactPatch = z.input<typeof updateContactRequestSchema>;

/** «Επαφές»: the company's contacts with their role, state and invitation. */
export function useContacts(companyId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.contacts(companyId ?? ''),
    queryFn: ({ signal }): Promise<z.infer<typeof personListSchema>> =>
      apiGet('/api/companies/{id}/contacts', { params: { id: companyId ?? '' }, signal }),
    enabled: companyId !== undefined,
  });
}

function useRefreshContacts(companyId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.contacts(companyId) });
}

/** «Προσθήκη επαφής»: creates the contact and returns their invitation link. */
export function useAddContact(companyId: string) {
  const refresh = useRefreshContacts(companyId);
  return useMutation({
    mutationFn: (body: CreateContactRequest): Promise<InvitationSent> =>
      apiRequest('POST', '/api/companies/{id}/contacts', { params: { id: companyId }, body }),
    onSuccess: refresh,
  });
}

/** Name, phone, role, or (de)activation of a contact; 409 last_company_admin keeps the last admin. */
export function useUpdateContact(companyId: string) {
  const refresh = useRefreshContacts(companyId);
  return useMutation({
    mutationFn: ({ userId, patch }: { userId: string; patch: ContactPatch }): Promise<Person> =>
      apiRequest('PATCH', '/api/companies/{id}/contacts/{userId}', {
        params: { id: companyId, userId },
        body: patch,
      }),
    onSuccess: refresh,
  });
}

/** A new invitation link for a contact who has not set a password yet (the old link stops working). */
export function useResendInvitation(companyId: string) {
  const refresh = useRefreshContacts(companyId);
  return useMutation({
    mutationFn: (userId: string): Promise<InvitationSent> =>
      apiRequest('POST', '/api/companies/{id}/contacts/{userId}/invitation', {
        params: { id: companyId, userId },
      }),
    onSuccess: refresh,
  });
}

/** Withdraws a pending invitation: its link stops working at once. */
export function useRevokeInvitation(companyId: string) {
  const refresh = useRefreshContacts(companyId);
  return useMutation({
    mutationFn: (userId: string): Promise<void> =>
      apiRequest('DELETE', '/api/companies/{id}/contacts/{userId}/invitation', {
        params: { id: companyId, userId },
      }),
    onSuccess: refresh,
  });
}
