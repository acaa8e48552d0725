import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Me, UpdateMeRequest } from '../../shared/api/users';
import { apiRequest } from './client';
import { queryKeys } from './query-keys';

/** Changes the signed-in user's own settings (for now, the language). */
export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateMeRequest): Promise<Me> => apiRequest('PATCH', '/api/me', { body }),

    onSuccess: (me) => queryClient.setQueryData(queryKeys.me, me),
  });
}
