import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { SavedView, SavedViewInput, savedViewListSchema } from '../../shared/api/saved-views';
import { apiGet, apiRequest } from './client';

const savedViewKeys = { all: ['saved-views'] as const };

/** The signed-in staff member's saved views of the queue. */
export function useSavedViews() {
  return useQuery({
    queryKey: savedViewKeys.all,
    queryFn: ({ signal }): Promise<z.infer<typeof savedViewListSchema>> =>
      apiGet('/api/me/saved-views', { signal }),
    staleTime: 300_000,
  });
}

function useRefreshSavedViews() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: savedViewKeys.all });
}

export function useCreateSavedView() {
  const refresh = useRefreshSavedViews();
  return useMutation({
    mutationFn: (body: SavedViewInput): Promise<SavedView> =>
      apiRequest('POST', '/api/me/saved-views', { body }),
    onSuccess: refresh,
  });
}

export function useRenameSavedView() {
  const refresh = useRefreshSavedViews();
  return useMutation({
    mutationFn: ({ id, name }: { id: string; name: string }): Promise<SavedView> =>
      apiRequest('PATCH', '/api/me/saved-views/{id}', { params: { id }, body: { name } }),
    onSuccess: refresh,
  });
}

export function useDeleteSavedView() {
  const refresh = useRefreshSavedViews();
  return useMutation({
    mutationFn: (id: string): Promise<void> =>
      apiRequest('DELETE', '/api/me/saved-views/{id}', { params: { id } }),
    onSuccess: refresh,
  });
}
