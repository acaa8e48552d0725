import { Alert, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WebhookEndpoint } from '../../../shared/api/webhooks';
import { IconAlert, IconEdit, IconHistory, IconKey, IconRotate, IconTrash } from '../icons';

export type WebhookAction = 'edit' | 'deliveries' | 'secret' | 'rotate' | 'delete';

interface WebhookCardProps {
  endpoint: WebhookEndpoint;
  onAction: (action: WebhookAction, endpoint: WebhookEndpoint) => void;
}

/** One endpoint: where it posts, for whom, which events, whether it is on (and why not). */
export function WebhookCard({ endpoint, onAction }: WebhookCardProps) {
  const { t } = useTranslation();
  const action = (name: WebhookAction) => () => onAction(name, endpoint);
  return (
    <Card shadow="xs" padding="lg" radius="md" data-testid="webhook-card">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Title order={2} fz="md" style={{ overflowWrap: 'anywhere' }}>
              {endpoint.url}
            </Title>
            {endpoint.description && (
              <Text size="sm" c="dimmed">
                {endpoint.description}
              </Text>
            )}
          </Stack>
          <Badge variant="light" color={endpoint.isActive ? 'green' : 'gray'} tt="none">
            {t(endpoint.isActive ? 'webhooks.active' : 'webhooks.inactive')}
          </Badge>
        </Group>
        <Text size="sm">
          {endpoint.companyName
            ? t('webhooks.scopeCompany', { name: endpoint.companyName })
            : t('webhooks.scopeAll')}
          {endpoint.allowPrivateNetwork && ` · ${t('webhooks.privateAllowed')}`}
        </Text>
        <Group gap={6}>
          {endpoint.events.map((type) => (
            <Badge key={type} variant="outline" color="gray" tt="none">
              {t(`webhooks.events.${type}`)}
            </Badge>
          ))}
        </Group>
        {endpoint.disabledReason && (
          <Alert color="red" variant="light" icon={<IconAlert size={18} />}>
            {t('webhooks.autoDisabled', { count: endpoint.consecutiveFailures })}
          </Alert>
        )}
        <Group gap="xs">
          <Button size="xs" leftSection={<IconHistory size={16} />} onClick={action('deliveries')}>
            {t('webhooks.actions.deliveries')}
          </Button>
          <Button
            size="xs"
            variant="light"
            leftSection={<IconEdit size={16} />}
            onClick={action('edit')}
          >
            {t('webhooks.actions.edit')}
          </Button>
          <Button
            size="xs"
            variant="light"
            leftSection={<IconKey size={16} />}
            onClick={action('secret')}
          >
            {t('webhooks.actions.secret')}
          </Button>
          <Button
            size="xs"
            variant="light"
            leftSection={<IconRotate size={16} />}
            onClick={action('rotate')}
          >
            {t('webhooks.actions.rotate')}
          </Button>
          <Button
            size="xs"
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={16} />}
            onClick={action('delete')}
          >
            {t('webhooks.actions.delete')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
