import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  NotificationPreferences,
  UpdateNotificationPreferences,
} from '../../shared/api/notifications';
import { apiGet, apiRequest } from './client';
import { queryKeys } from './query-keys';

/** Which notification emails the signed-in user gets. */
export function useNotificationPreferences() {
  return useQuery({
    queryKey: queryKeys.notificationPreferences,
    queryFn: ({ signal }): Promise<NotificationPreferences> =>
      apiGet('/api/me/notifications', { signal }),
  });
}

/** Switches one or more notification emails on or off. */
export function useUpdateNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateNotificationPreferences): Promise<NotificationPreferences> =>
      apiRequest('PATCH', '/api/me/notifications', { body }),

    onSuccess: (preferences) =>
      queryClient.setQueryData(queryKeys.notificationPreferences, preferences),
  });
}
