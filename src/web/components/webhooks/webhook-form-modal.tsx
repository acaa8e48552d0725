import {
  Button,
  Checkbox,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import {
  WEBHOOK_EVENT_TYPES,
  type WebhookEndpoint,
  type WebhookEndpointInput,
  webhookEndpointInputSchema,
} from '../../../shared/api/webhooks';
import { useCompanyList } from '../../api/companies';
import { useCreateWebhookEndpoint, useUpdateWebhookEndpoint } from '../../api/webhooks';
import { notifySuccess } from '../company/notify';
import { FormAlert } from '../form/form-alert';
import { validateWithSchema } from '../form/form-errors';
import { serverFieldErrors, toFormErrors } from '../form/server-field-errors';

/** The form's scope value for «every company». */
const ALL_COMPANIES = 'all';
const FIELDS = ['url', 'description', 'events', 'companyId'] as const;

interface Values {
  url: string;
  description: string;
  events: string[];
  scope: string;
  allowPrivateNetwork: boolean;
  isActive: boolean;
}

const valuesOf = (endpoint: WebhookEndpoint | null): Values => ({
  url: endpoint?.url ?? 'https://',
  description: endpoint?.description ?? '',
  events: endpoint?.events ?? ['ticket.created', 'message.added', 'ticket.status_changed'],
  scope: endpoint?.companyId ?? ALL_COMPANIES,
  allowPrivateNetwork: endpoint?.allowPrivateNetwork ?? false,
  isActive: endpoint?.isActive ?? true,
});

const requestOf = (values: Values): WebhookEndpointInput => ({
  url: values.url.trim(),
  description: values.description,
  events: values.events as WebhookEndpointInput['events'],
  companyId: values.scope === ALL_COMPANIES ? null : values.scope,
  allowPrivateNetwork: values.allowPrivateNetwork,
  isActive: values.isActive,
});

interface WebhookFormModalProps {
  opened: boolean;
  /** The endpoint to edit; null registers a new one. */
  endpoint: WebhookEndpoint | null;
  onClose: () => void;
  /** A new endpoint was registered: its secret is shown next. */
  onCreated: (endpoint: WebhookEndpoint, secret: string) => void;
}

/** Register or edit a webhook endpoint (admin): URL, events, scope, private-network allowance. */
export function WebhookFormModal({ opened, endpoint, onClose, onCreated }: WebhookFormModalProps) {
  const { t } = useTranslation();
  const create = useCreateWebhookEndpoint();
  const update = useUpdateWebhookEndpoint();
  const mutation = endpoint ? update : create;
  const companies = useCompanyList({ archived: 'active' }, opened);

  const form = useForm<Values>({
    initialValues: valuesOf(endpoint),
    validate: (values) => {
      const errors = toFormErrors(
        validateWithSchema(webhookEndpointInputSchema, requestOf(values)),
      );
      // The scope's field is `companyId` on the server, `scope` in the form.
      if (errors.companyId) errors.scope = errors.companyId;
      return errors;
    },
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: a fresh form on every opening
  useEffect(() => {
    if (!opened) return;
    form.setValues(valuesOf(endpoint));
    form.resetDirty(valuesOf(endpoint));
    form.clearErrors();
    create.reset();
    update.reset();
  }, [opened, endpoint]);

  const submit = form.onSubmit((values) => {
    const onError = (error: unknown) => {
      const errors = serverFieldErrors(error, FIELDS);
      form.setErrors({ ...errors, ...(errors.companyId ? { scope: errors.companyId } : {}) });
    };
    if (endpoint) {
      update.mutate(
        { id: endpoint.id, ...requestOf(values) },
        {
          onSuccess: () => {
            notifySuccess(t('webhooks.notify.updated'));
            onClose();
          },
          onError,
        },
      );
    } else {
      create.mutate(requestOf(values), {
        onSuccess: ({ secret, ...created }) => {
          notifySuccess(t('webhooks.notify.created'));
          onClose();
          onCreated(created, secret);
        },
        onError,
      });
    }
  });

  const companyOptions = [
    { value: ALL_COMPANIES, label: t('webhooks.form.allCompanies') },
    ...(companies.data?.items ?? []).map((company) => ({
      value: company.id,
      label: company.tradeName ?? company.legalName,
    })),
  ];

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(endpoint ? 'webhooks.form.editTitle' : 'webhooks.form.createTitle')}
      size="lg"
      radius="lg"
      closeButtonProps={{ 'aria-label': t('confirm.close') }}
      closeOnClickOutside={false}
    >
      <form noValidate onSubmit={submit}>
        <Stack gap="sm">
          <FormAlert error={mutation.error} shownOnFields={['validation_failed']} />
          <TextInput
            label={t('webhooks.form.url')}
            description={t('webhooks.form.urlHelp')}
            placeholder="https://example.gr/webhooks/aitima"
            maxLength={2000}
            autoComplete="off"
            spellCheck={false}
            data-autofocus
            {...form.getInputProps('url')}
          />
          <TextInput
            label={t('webhooks.form.description')}
            maxLength={200}
            {...form.getInputProps('description')}
          />
          <Select
            size="md"
            label={t('webhooks.form.scope')}
            description={t('webhooks.form.scopeHelp')}
            searchable
            allowDeselect={false}
            data={companyOptions}
            {...form.getInputProps('scope')}
          />
          <Checkbox.Group
            label={t('webhooks.form.events')}
            description={t('webhooks.form.eventsHelp')}
            {...form.getInputProps('events')}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
              {WEBHOOK_EVENT_TYPES.map((type) => (
                <Checkbox key={type} value={type} label={t(`webhooks.events.${type}`)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <Switch
            label={t('webhooks.form.allowPrivateNetwork')}
            description={t('webhooks.form.allowPrivateNetworkHelp')}
            {...form.getInputProps('allowPrivateNetwork', { type: 'checkbox' })}
          />
          <Switch
            label={t('webhooks.form.isActive')}
            {...form.getInputProps('isActive', { type: 'checkbox' })}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('confirm.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t(endpoint ? 'webhooks.form.save' : 'webhooks.form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
