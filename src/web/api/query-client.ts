import { notifications } from '@mantine/notifications';
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { i18n } from '../i18n';
import { problemMessage } from '../lib/problem-text';
import { isApiError } from './client';
import { queryKeys } from './query-keys';
import { retryDelay, shouldRetryMutation, shouldRetryQuery } from './retry-policy';

/** Network failures and server errors get a notification; forms handle the rest inline. */
function notifyServerSide(error: unknown): void {
  if (!isApiError(error) || !error.isServerSide) return;
  notifications.show({
    id: `api-${error.code}`,
    color: 'red',
    title: i18n.t('problem.title'),
    message: problemMessage(i18n.t, error.problem),
    autoClose: 8000,
  });
}

/** Builds the app's query client: sensible retries, global error notifications, session expiry. */
export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        notifyServerSide(error);
        // Any 401 means the session ended: forget the user so guarded pages send them to login.
        if (isApiError(error) && error.status === 401 && query.queryKey[0] !== queryKeys.me[0]) {
          queryClient.setQueryData(queryKeys.me, null);
        }
        // Staff who must set up a second factor first: Me says so, and the guard sends them there.
        if (isApiError(error) && error.code === 'two_factor_enrolment_required') {
          void queryClient.invalidateQueries({ queryKey: queryKeys.me, exact: true });
        }
      },
    }),
    mutationCache: new MutationCache({ onError: notifyServerSide }),
    defaultOptions: {
      queries: {
        retry: shouldRetryQuery,
        retryDelay,
        refetchOnWindowFocus: true,
      },
      mutations: { retry: shouldRetryMutation, retryDelay },
    },
  });
  return queryClient;
}
