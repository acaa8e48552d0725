import { Button, SimpleGrid, Skeleton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WebhookEndpoint } from '../../../shared/api/webhooks';
import {
  useDeleteWebhookEndpoint,
  useWebhookEndpoints,
  useWebhookSecret,
} from '../../api/webhooks';
import { notifyFailure, notifySuccess } from '../../components/company/notify';
import { ConfirmModal } from '../../components/contacts/confirm-modal';
import { EmptyPlaceholder } from '../../components/feedback/empty-placeholder';
import { PageHeader } from '../../components/feedback/page-header';
import { QueryError } from '../../components/feedback/query-error';
import { FormAlert } from '../../components/form/form-alert';
import { IconPlugConnected, IconPlus } from '../../components/icons';
import { type WebhookAction, WebhookCard } from '../../components/webhooks/webhook-card';
import { WebhookDeliveriesModal } from '../../components/webhooks/webhook-deliveries-modal';
import { WebhookFormModal } from '../../components/webhooks/webhook-form-modal';
import { WebhookSecretModal } from '../../components/webhooks/webhook-secret-modal';

const GRID = { base: 1, md: 2 };

/**
 * «Webhooks» (admin): HTTPS endpoints that receive signed events; registered,
 * edited, tested and removed here, each with its delivery log and signing secret.
 */
export default function WebhooksPage() {
  const { t } = useTranslation();
  const endpoints = useWebhookEndpoints();
  const remove = useDeleteWebhookEndpoint();
  const secret = useWebhookSecret();
  const [form, setForm] = useState<{ opened: boolean; endpoint: WebhookEndpoint | null }>({
    opened: false,
    endpoint: null,
  });
  const [shown, setShown] = useState<{ url: string; secret: string } | null>(null);
  const [logOf, setLogOf] = useState<WebhookEndpoint | null>(null);
  const [deleting, setDeleting] = useState<WebhookEndpoint | null>(null);
  const [rotating, setRotating] = useState<WebhookEndpoint | null>(null);

  const showSecret = (endpoint: WebhookEndpoint, rotate: boolean) =>
    secret.mutate(
      { id: endpoint.id, rotate },
      {
        onSuccess: (result) => {
          setRotating(null);
          setShown({ url: endpoint.url, secret: result.secret });
        },
        onError: (error) => notifyFailure(t, error),
      },
    );

  const onAction = (action: WebhookAction, endpoint: WebhookEndpoint) => {
    if (action === 'edit') setForm({ opened: true, endpoint });
    else if (action === 'deliveries') setLogOf(endpoint);
    else if (action === 'secret') showSecret(endpoint, false);
    else if (action === 'rotate') setRotating(endpoint);
    else setDeleting(endpoint);
  };
  const closeDelete = () => {
    remove.reset();
    setDeleting(null);
  };
  const add = () => setForm({ opened: true, endpoint: null });

  const items = endpoints.data?.items ?? [];
  return (
    <>
      <PageHeader
        title={t('webhooks.title')}
        subtitle={t('webhooks.subtitle')}
        actions={
          <Button leftSection={<IconPlus size={18} />} onClick={add}>
            {t('webhooks.add')}
          </Button>
        }
      />
      {endpoints.isPending ? (
        <SimpleGrid cols={GRID} spacing="md">
          {[1, 2].map((key) => (
            <Skeleton key={key} h={200} radius="md" />
          ))}
        </SimpleGrid>
      ) : endpoints.isError ? (
        <QueryError
          error={endpoints.error}
          title={t('webhooks.loadFailed')}
          onRetry={() => void endpoints.refetch()}
        />
      ) : items.length === 0 ? (
        <EmptyPlaceholder
          icon={<IconPlugConnected size={28} />}
          title={t('webhooks.emptyTitle')}
          description={t('webhooks.emptyText')}
        >
          <Button variant="light" leftSection={<IconPlus size={18} />} onClick={add}>
            {t('webhooks.add')}
          </Button>
        </EmptyPlaceholder>
      ) : (
        <SimpleGrid cols={GRID} spacing="md">
          {items.map((endpoint) => (
            <WebhookCard key={endpoint.id} endpoint={endpoint} onAction={onAction} />
          ))}
        </SimpleGrid>
      )}
      <WebhookFormModal
        opened={form.opened}
        endpoint={form.endpoint}
        onClose={() => setForm((current) => ({ ...current, opened: false }))}
        onCreated={(endpoint, created) => setShown({ url: endpoint.url, secret: created })}
      />
      <WebhookSecretModal
        secret={shown?.secret ?? null}
        url={shown?.url ?? ''}
        onClose={() => setShown(null)}
      />
      <WebhookDeliveriesModal endpoint={logOf} onClose={() => setLogOf(null)} />
      <ConfirmModal
        opened={rotating !== null}
        title={t('webhooks.rotateConfirm.title')}
        text={t('webhooks.rotateConfirm.text', { url: rotating?.url ?? '' })}
        confirmLabel={t('webhooks.rotateConfirm.confirm')}
        color="red"
        loading={secret.isPending}
        onConfirm={() => rotating && showSecret(rotating, true)}
        onClose={() => setRotating(null)}
      />
      <ConfirmModal
        opened={deleting !== null}
        title={t('webhooks.deleteConfirm.title')}
        text={t('webhooks.deleteConfirm.text', { url: deleting?.url ?? '' })}
        confirmLabel={t('webhooks.deleteConfirm.confirm')}
        color="red"
        loading={remove.isPending}
        error={<FormAlert error={remove.error} />}
        onConfirm={() =>
          deleting &&
          remove.mutate(deleting.id, {
            onSuccess: () => {
              notifySuccess(t('webhooks.notify.deleted'));
              closeDelete();
            },
          })
        }
        onClose={closeDelete}
      />
    </>
  );
}
