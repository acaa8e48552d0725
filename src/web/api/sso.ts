import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SsoLoginOption, SsoSettingsInput, SsoSettingsView } from '../../shared/api/sso';
import { apiGet, apiRequest } from './client';
import { queryKeys } from './query-keys';

/** Whether «Σύνδεση με …» shows on the login page, and with which name. */
export function useSsoLoginOption() {
  return useQuery({
    queryKey: queryKeys.ssoOption,
    queryFn: ({ signal }): Promise<SsoLoginOption> => apiGet('/api/auth/sso', { signal }),
    staleTime: 5 * 60_000,
  });
}

/** «Σύνδεση με πάροχο» (admin): the identity provider's settings, without the secret. */
export function useSsoSettings() {
  return useQuery({
    queryKey: queryKeys.ssoSettings,
    queryFn: ({ signal }): Promise<SsoSettingsView> =>
      apiGet('/api/staff/sso-settings', { signal }),
  });
}

/** Saves the settings; an empty secret keeps the stored one. */
export function useSaveSsoSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SsoSettingsInput): Promise<SsoSettingsView> =>
      apiRequest('PUT', '/api/staff/sso-settings', { body }),

    onSuccess: (saved) => {
      queryClient.setQueryData(queryKeys.ssoSettings, saved);
      void queryClient.invalidateQueries({ queryKey: queryKeys.ssoOption });
    },
  });
}
