import { Badge, Button, Code, Group, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WebhookDelivery, WebhookEndpoint } from '../../../shared/api/webhooks';
import { useRedeliverWebhook, useSendTestWebhook, useWebhookDeliveries } from '../../api/webhooks';
import { notifyFailure, notifySuccess } from '../company/notify';
import { QueryError } from '../feedback/query-error';
import { IconRefresh, IconSend } from '../icons';

const STATUS_COLORS: Record<WebhookDelivery['status'], string> = {
  pending: 'blue',
  delivered: 'green',
  failed: 'red',
};

interface WebhookDeliveriesModalProps {
  endpoint: WebhookEndpoint | null;
  onClose: () => void;
}

/** An endpoint's delivery log, with «Δοκιμή» and «Επανάληψη αποστολής» per delivery. */
export function WebhookDeliveriesModal({ endpoint, onClose }: WebhookDeliveriesModalProps) {
  const { t, i18n } = useTranslation();
  const deliveries = useWebhookDeliveries(endpoint?.id);
  const sendTest = useSendTestWebhook();
  const redeliver = useRedeliverWebhook();
  const time = (iso: string) =>
    new Date(iso).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'medium' });

  const rows = (deliveries.data?.items ?? []).map((delivery) => (
    <Table.Tr key={delivery.id}>
      <Table.Td>{time(delivery.createdAt)}</Table.Td>
      <Table.Td>
        <Code>{delivery.eventType}</Code>
      </Table.Td>
      <Table.Td>
        <Badge color={STATUS_COLORS[delivery.status]} variant="light">
          {t(`webhooks.deliveries.status.${delivery.status}`)}
        </Badge>
      </Table.Td>
      <Table.Td>{delivery.attempts}</Table.Td>
      <Table.Td>{delivery.lastStatusCode ?? '—'}</Table.Td>
      <Table.Td>
        {delivery.lastResponseMs === null
          ? '—'
          : t('webhooks.deliveries.ms', { ms: delivery.lastResponseMs })}
      </Table.Td>
      <Table.Td maw={260}>
        <Text size="xs" lineClamp={3} c={delivery.lastError ? 'red' : undefined}>
          {delivery.lastError ?? delivery.lastResponseExcerpt ?? ''}
        </Text>
      </Table.Td>
      <Table.Td>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconRefresh size={14} />}
          disabled={!endpoint?.isActive}
          loading={redeliver.isPending && redeliver.variables?.deliveryId === delivery.id}
          onClick={() =>
            endpoint &&
            redeliver.mutate(
              { id: endpoint.id, deliveryId: delivery.id },
              {
                onSuccess: () => notifySuccess(t('webhooks.notify.redelivered')),
                onError: (error) => notifyFailure(t, error),
              },
            )
          }
        >
          {t('webhooks.deliveries.redeliver')}
        </Button>
      </Table.Td>
    </Table.Tr>
  ));

  return (
    <Modal
      opened={endpoint !== null}
      onClose={onClose}
      title={t('webhooks.deliveries.title', { url: endpoint?.url ?? '' })}
      size="90rem"
      radius="lg"
      closeButtonProps={{ 'aria-label': t('confirm.close') }}
    >
      <Stack gap="sm">
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t('webhooks.deliveries.help')}
          </Text>
          <Button
            leftSection={<IconSend size={16} />}
            disabled={!endpoint?.isActive}
            loading={sendTest.isPending}
            onClick={() =>
              endpoint &&
              sendTest.mutate(endpoint.id, {
                onSuccess: () => notifySuccess(t('webhooks.notify.testQueued')),
                onError: (error) => notifyFailure(t, error),
              })
            }
          >
            {t('webhooks.deliveries.test')}
          </Button>
        </Group>
        {deliveries.isError ? (
          <QueryError
            error={deliveries.error}
            title={t('webhooks.deliveries.loadFailed')}
            onRetry={() => void deliveries.refetch()}
          />
        ) : rows.length === 0 ? (
          <Text c="dimmed">{t('webhooks.deliveries.empty')}</Text>
        ) : (
          <ScrollArea>
            <Table striped verticalSpacing="xs" aria-label={t('webhooks.deliveries.log')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('webhooks.deliveries.at')}</Table.Th>
                  <Table.Th>{t('webhooks.deliveries.event')}</Table.Th>
                  <Table.Th>{t('webhooks.deliveries.statusLabel')}</Table.Th>
                  <Table.Th>{t('webhooks.deliveries.attempts')}</Table.Th>
                  <Table.Th>{t('webhooks.deliveries.code')}</Table.Th>
                  <Table.Th>{t('webhooks.deliveries.responseTime')}</Table.Th>
                  <Table.Th>{t('webhooks.deliveries.answer')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>{rows}</Table.Tbody>
            </Table>
          </ScrollArea>
        )}
      </Stack>
    </Modal>
  );
}
