import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  inviteStaffRequestSchema,
  Person,
  personListSchema,
  updateStaffRequestSchema,
} from '../../shared/api/contacts';
import { apiGet, apiRequest } from './client';
import type { InvitationSent } from './contacts';
import { queryKeys } from './query-keys';

export type InviteStaffRequest = z.input<typeof inviteStaffRequestSchema>;
export type StaffPatch = z.input<typeof updateStaffRequestSchema>;

/** «Χρήστες προσωπικού» (admin): every staff member with role, state and invitation. */
export function useStaffUsers(enabled = true) {
  return useQuery({
    queryKey: queryKeys.staffUsers,
    queryFn: ({ signal }): Promise<z.infer<typeof personListSchema>> =>
      apiGet('/api/staff-users', { signal }),
    enabled,
  });
}

/** The staff lists (this page's and the assignee choices) are stale after any change. */
function useRefreshStaff() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.staffUsers }),
      queryClient.invalidateQueries({ queryKey: queryKeys.staffMembers }),
    ]);
}

/** Invites an admin or agent; returns the invitation link to pass on. */
export function useInviteStaff() {
  const refresh = useRefreshStaff();
  return useMutation({
    mutationFn: (body: InviteStaffRequest): Promise<InvitationSent> =>
      apiRequest('POST', '/api/staff-users', { body }),
    onSuccess: refresh,
  });
}

/** Role or (de)activation of a staff member; 409 last_admin keeps the last administrator. */
export function useUpdateStaffUser() {
  const refresh = useRefreshStaff();
  return useMutation({
    mutationFn: ({ userId, patch }: { userId: string; patch: StaffPatch }): Promise<Person> =>
      apiRequest('PATCH', '/api/staff-users/{id}', { params: { id: userId }, body: patch }),

    onSuccess: refresh,
  });
}
