import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  WebhookDelivery,
  WebhookEndpoint,
  WebhookEndpointInput,
  webhookDeliveryListSchema,
  webhookEndpointListSchema,
} from '../../shared/api/webhooks';
import { apiGet, apiRequest } from './client';

/** The webhooks' queries (admin), kept here rather than in the shared key list. */
const webhookKeys = {
  all: ['webhooks'] as const,
  deliveries: (id: string) => ['webhooks', id, 'deliveries'] as const,
};

/** «Webhooks» (admin): every endpoint with its state. */
export function useWebhookEndpoints() {
  return useQuery({
    queryKey: webhookKeys.all,
    queryFn: ({ signal }): Promise<z.infer<typeof webhookEndpointListSchema>> =>
      apiGet('/api/webhooks', { signal }),
  });
}

function useRefreshWebhooks() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: webhookKeys.all });
}

/** Registers an endpoint; the answer carries its new signing secret. */
export function useCreateWebhookEndpoint() {
  const refresh = useRefreshWebhooks();
  return useMutation({
    mutationFn: (body: WebhookEndpointInput): Promise<WebhookEndpoint & { secret: string }> =>
      apiRequest('POST', '/api/webhooks', { body }),
    onSuccess: refresh,
  });
}

export function useUpdateWebhookEndpoint() {
  const refresh = useRefreshWebhooks();
  return useMutation({
    mutationFn: ({
      id,
      ...body
    }: WebhookEndpointInput & { id: string }): Promise<WebhookEndpoint> =>
      apiRequest('PATCH', '/api/webhooks/{id}', { params: { id }, body }),
    onSuccess: refresh,
  });
}

export function useDeleteWebhookEndpoint() {
  const refresh = useRefreshWebhooks();
  return useMutation({
    mutationFn: (id: string): Promise<void> =>
      apiRequest('DELETE', '/api/webhooks/{id}', { params: { id } }),
    onSuccess: refresh,
  });
}

/** Shows the signing secret (each look is audited) or replaces it with a new one. */
export function useWebhookSecret() {
  return useMutation({
    mutationFn: ({ id, rotate }: { id: string; rotate: boolean }): Promise<{ secret: string }> =>
      rotate
        ? apiRequest('POST', '/api/webhooks/{id}/secret', { params: { id } })
        : apiGet('/api/webhooks/{id}/secret', { params: { id } }),
  });
}

/** The endpoint's delivery log; refreshed while open, since the worker moves it. */
export function useWebhookDeliveries(id: string | undefined) {
  return useQuery({
    queryKey: webhookKeys.deliveries(id ?? ''),
    queryFn: ({ signal }): Promise<z.infer<typeof webhookDeliveryListSchema>> =>
      apiGet('/api/webhooks/{id}/deliveries', { params: { id: id ?? '' }, signal }),
    enabled: id !== undefined,
    refetchInterval: 3000,
  });
}

function useRefreshDeliveries() {
  const queryClient = useQueryClient();
  return (delivery: WebhookDelivery, id: string) => {
    void queryClient.invalidateQueries({ queryKey: webhookKeys.deliveries(id) });
    return delivery;
  };
}

/** «Δοκιμή»: a webhook.test event to this endpoint. */
export function useSendTestWebhook() {
  const refresh = useRefreshDeliveries();
  return useMutation({
    mutationFn: (id: string): Promise<WebhookDelivery> =>
      apiRequest('POST', '/api/webhooks/{id}/test', { params: { id } }),
    onSuccess: (delivery, id) => refresh(delivery, id),
  });
}

/** «Επανάληψη αποστολής» of one delivery, with the same webhook-id. */
export function useRedeliverWebhook() {
  const refresh = useRefreshDeliveries();
  return useMutation({
    mutationFn: ({
      id,
      deliveryId,
    }: {
      id: string;
      deliveryId: string;
    }): Promise<WebhookDelivery> =>
      apiRequest('POST', '/api/webhooks/{id}/deliveries/{deliveryId}/redeliver', {
        params: { id, deliveryId },
      }),
    onSuccess: (delivery, { id }) => refresh(delivery, id),
  });
}
