import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  EmailChangeConfirmed,
  EmailChangePending,
  EmailChangeRequest,
} from '../../shared/api/email-change';
import { apiRequest } from './client';
import { queryKeys } from './query-keys';

/** «Αλλαγή email»: a link goes to the new address (a re-authentication may come first). */
export function useRequestEmailChange() {
  return useMutation({
    mutationFn: (body: EmailChangeRequest): Promise<EmailChangePending> =>
      apiRequest('POST', '/api/me/email-change', { body }),
  });
}

/** Following the link: the new address becomes the account's. */
export function useConfirmEmailChange(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (): Promise<EmailChangeConfirmed> =>
      apiRequest('POST', '/api/auth/email-change/confirm', { body: { token } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.me }),
  });
}
