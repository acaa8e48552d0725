import {
  Alert,
  Button,
  Group,
  Modal,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  type AttachInboundEmailRequest,
  attachInboundEmailSchema,
  type InboundEmail,
} from '../../../shared/api/mailboxes';
import { useContacts } from '../../api/contacts';
import { useAttachInboundEmail } from '../../api/inbound-emails';
import { useCompanies } from '../../api/tickets';
import { notifySuccess } from '../company/notify';
import { FormAlert } from '../form/form-alert';
import { schemaValidator, serverFieldErrors } from '../form/form-errors';
import { IconAlert } from '../icons';
import {
  ATTACH_FIELDS,
  type AttachFormValues,
  attachRequestOf,
  attachValuesOf,
} from './attach-values';

interface AttachInboundModalProps {
  opened: boolean;
  /** The held mail to attach (kept while the modal closes). */
  email: InboundEmail | null;
  onClose: () => void;
}

/**
 * «Σύνδεση με επαφή»: a company, then one of its contacts, or «Νέα επαφή» with the
 * sender's address; the mail then opens a ticket as theirs, and that ticket opens.
 */
export function AttachInboundModal({ opened, email, onClose }: AttachInboundModalProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const attach = useAttachInboundEmail();
  const form = useForm<AttachFormValues>({
    initialValues: attachValuesOf(email),
    validate: (values) => {
      const errors = schemaValidator<AttachInboundEmailRequest>(attachInboundEmailSchema)(
        attachRequestOf(values),
      );
      // Choosing a contact starts with its company: say so there too.
      if (!values.companyId) errors.companyId = t('validation.required');
      return errors;
    },
  });
  const companies = useCompanies(opened);
  const contacts = useContacts(form.values.companyId ?? undefined);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a fresh form for every mail
  useEffect(() => {
    if (!opened) return;
    form.setValues(attachValuesOf(email));
    form.clearErrors();
    attach.reset();
  }, [opened, email]);

  const companyChoices = (companies.data?.items ?? [])
    .filter((company) => !company.isArchived || company.id === form.values.companyId)
    .map((company) => ({
      value: company.id,
      label: company.tradeName ? `${company.legalName} (${company.tradeName})` : company.legalName,
    }));
  const activeContacts = (contacts.data?.items ?? []).filter(
    (contact) => contact.isActive || contact.id === form.values.contactId,
  );
  const noContacts =
    form.values.kind === 'contact' &&
    Boolean(form.values.companyId) &&
    contacts.isSuccess &&
    activeContacts.length === 0;

  const submit = form.onSubmit((values) => {
    if (!email) return;
    attach.mutate(
      { id: email.id, body: attachRequestOf(values) },
      {
        onSuccess: ({ ticketNumber }) => {
          notifySuccess(t('inbound.attach.done', { number: ticketNumber }));
          onClose();
          navigate(`/tickets/${ticketNumber}`);
        },
        onError: (error) => form.setErrors(serverFieldErrors(error, ATTACH_FIELDS)),
      },
    );
  });

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('inbound.attach.title')}
      size="lg"
      radius="lg"
      closeButtonProps={{ 'aria-label': t('confirm.close') }}
      closeOnClickOutside={false}
    >
      <form noValidate onSubmit={submit}>
        <Stack gap="sm">
          <Text size="sm">{t('inbound.attach.intro')}</Text>
          <FormAlert error={attach.error} shownOnFields={['validation_failed']} />
          <SegmentedControl
            fullWidth
            aria-label={t('inbound.attach.kind')}
            data={[
              { value: 'contact', label: t('inbound.attach.existing') },
              // Without the sender's address there is no one to add.
              {
                value: 'new_contact',
                label: t('inbound.attach.newContact'),
                disabled: !email?.fromAddress,
              },
            ]}
            {...form.getInputProps('kind')}
          />
          <Select
            size="md"
            label={t('inbound.attach.company')}
            placeholder={t('inbound.attach.companyPlaceholder')}
            searchable
            allowDeselect={false}
            nothingFoundMessage={t('companies.list.noMatchesTitle')}
            data={companyChoices}
            disabled={companies.isPending}
            data-autofocus
            {...form.getInputProps('companyId')}
            onChange={(value) => {
              form.setFieldValue('companyId', value);
              form.setFieldValue('contactId', null);
            }}
          />
          {form.values.kind === 'contact' ? (
            <>
              <Select
                size="md"
                label={t('inbound.attach.contact')}
                placeholder={t('inbound.attach.contactPlaceholder')}
                searchable
                allowDeselect={false}
                nothingFoundMessage={t('inbound.attach.noContactMatches')}
                data={activeContacts.map((contact) => ({
                  value: contact.id,
                  label: `${contact.firstName} ${contact.lastName} · ${contact.email}`,
                }))}
                disabled={!form.values.companyId || contacts.isPending}
                {...form.getInputProps('contactId')}
              />
              {noContacts && (
                <Alert color="yellow" variant="light" icon={<IconAlert />}>
                  {t('inbound.attach.noContacts')}
                </Alert>
              )}
            </>
          ) : (
            <>
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" verticalSpacing="sm">
                <TextInput
                  label={t('inbound.attach.firstName')}
                  maxLength={100}
                  autoComplete="off"
                  {...form.getInputProps('firstName')}
                />
                <TextInput
                  label={t('inbound.attach.lastName')}
                  maxLength={100}
                  autoComplete="off"
                  {...form.getInputProps('lastName')}
                />
              </SimpleGrid>
              <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {t('inbound.attach.newContactEmail', { email: email?.fromAddress ?? '' })}
              </Text>
            </>
          )}
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={onClose} disabled={attach.isPending}>
              {t('confirm.cancel')}
            </Button>
            <Button type="submit" loading={attach.isPending}>
              {t('inbound.attach.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
