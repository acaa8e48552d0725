import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ApiTokenList,
  CreatedApiToken,
  CreatePersonalTokenRequest,
  CreateServiceTokenRequest,
} from '../../shared/api/api-tokens';
import { apiGet, apiRequest } from './client';
import { queryKeys } from './query-keys';

/** «Κλειδιά API» on the profile: one's own personal tokens (never their secrets). */
export function useMyApiTokens() {
  return useQuery({
    queryKey: queryKeys.myApiTokens,
    queryFn: ({ signal }): Promise<ApiTokenList> => apiGet('/api/me/api-tokens', { signal }),
  });
}

/** Creates a personal token; the answer holds the secret, shown this once. */
export function useCreatePersonalToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePersonalTokenRequest): Promise<CreatedApiToken> =>
      apiRequest('POST', '/api/me/api-tokens', { body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.myApiTokens }),
  });
}

/** Revokes one of one's own personal tokens. */
export function useRevokePersonalToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string): Promise<void> =>
      apiRequest('DELETE', '/api/me/api-tokens/{id}', { params: { id } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.myApiTokens }),
  });
}

/** The console's service tokens (admins). */
export function useServiceTokens() {
  return useQuery({
    queryKey: queryKeys.serviceTokens,
    queryFn: ({ signal }): Promise<ApiTokenList> => apiGet('/api/service-tokens', { signal }),
  });
}

export function useCreateServiceToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateServiceTokenRequest): Promise<CreatedApiToken> =>
      apiRequest('POST', '/api/service-tokens', { body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.serviceTokens }),
  });
}

export function useRevokeServiceToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string): Promise<void> =>
      apiRequest('DELETE', '/api/service-tokens/{id}', { params: { id } }),

    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.serviceTokens }),
  });
}
