import { Button, Flex, Input, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import type { Person } from '../../../shared/api/contacts';
import {
  createTicketRequestSchema,
  SUBJECT_MAX,
  type TicketFormOptions,
} from '../../../shared/api/tickets';
import type { FieldError } from '../../../shared/problem';
import { useCreateTicket } from '../../api/tickets';
import { notifySuccess } from '../company/notify';
import { FormAlert } from '../form/form-alert';
import { schemaValidator, serverFieldErrors } from '../form/form-errors';
import { IconSend } from '../icons';
import { AttachmentsInput } from '../uploads/attachments-input';
import { UploadsNotReady } from '../uploads/upload-list';
import { useUploads } from '../uploads/use-uploads';
import { ticketPath } from './ticket-table';

interface NewTicketValues {
  subject: string;
  subscriptionId: string | null;
  description: string;
  link: string;
  requesterId: string | null;
}

const FIELDS = [
  'subject',
  'subscriptionId',
  'description',
  'link',
  'attachmentIds',
  'requesterId',
] as const;

/** Staff opening a ticket for a customer: the chosen company and its active contacts. */
export interface TicketForCustomer {
  companyId: string;
  contacts: Person[];
  /** The company's packages and contacts are still on their way. */
  isLoading: boolean;
}

interface NewTicketFormProps {
  options: TicketFormOptions;
  /** Set when staff open the ticket for a contact of a company. */
  forCustomer?: TicketForCustomer;
}

// The form holds "no contact chosen" as null; whether one is needed is checked in choicesMade.
const formSchema = createTicketRequestSchema.extend({
  requesterId: z.uuid('invalid_value').nullable().optional(),
});

const onlyPackage = (options: TicketFormOptions) =>
  options.subscriptions.length === 1 ? options.subscriptions[0]!.id : null;

/**
 * «Υποβολή αιτήματος»: subject, package, description, files and link; typed text
 * survives a failure. Staff opening it for a customer also choose the contact.
 */
export function NewTicketForm({ options, forCustomer }: NewTicketFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const createTicket = useCreateTicket();
  const uploads = useUploads(options.uploadLimits);
  const hasPackages = options.subscriptions.length > 0;
  // Sending waits for every file; the reason shows on «Αρχεία» until the files are ready.
  const [blockedByUploads, setBlockedByUploads] = useState(false);
  const uploadsNotReady = uploads.isUploading || uploads.hasFailed;

  // A company with packages must choose one, and staff must say whom the ticket is for
  // (the server says the same).
  const choicesMade = (values: NewTicketValues): FieldError[] => [
    ...(hasPackages && !values.subscriptionId
      ? [{ field: 'subscriptionId', code: 'required' } as const]
      : []),
    ...(forCustomer && !values.requesterId
      ? [{ field: 'requesterId', code: 'required' } as const]
      : []),
  ];

  const form = useForm<NewTicketValues>({
    initialValues: {
      subject: '',
      subscriptionId: onlyPackage(options),
      description: '',
      link: '',
      requesterId: null,
    },
    validate: schemaValidator<NewTicketValues>(formSchema, choicesMade),
  });

  // Another company: its packages and contacts replace the last one's; the typed text stays.
  // (Compared by hand: the form's setters are new on every render, so no effect deps.)
  const companyId = forCustomer?.companyId;
  const [shownFor, setShownFor] = useState({ companyId, options });
  if (shownFor.companyId !== companyId || shownFor.options !== options) {
    setShownFor({ companyId, options });
    if (shownFor.companyId !== companyId) form.setFieldValue('requesterId', null);
    form.setFieldValue('subscriptionId', onlyPackage(options));
  }

  const uploadsError =
    blockedByUploads && uploadsNotReady ? (
      <UploadsNotReady pending={uploads.isUploading} />
    ) : (
      form.errors.attachmentIds
    );

  const submit = form.onSubmit((values) => {
    if (uploadsNotReady) {
      setBlockedByUploads(true);
      return;
    }
    createTicket.mutate(
      {
        subject: values.subject,
        subscriptionId: values.subscriptionId,
        description: values.description,
        link: values.link.trim() || null,
        attachmentIds: uploads.attachmentIds,
        ...(forCustomer && values.requesterId ? { requesterId: values.requesterId } : {}),
      },
      {
        onSuccess: (ticket) => {
          notifySuccess(t('tickets.new.submitted', { number: ticket.number }));
          navigate(ticketPath(ticket.number));
        },
        onError: (error) => form.setErrors(serverFieldErrors(error, FIELDS)),
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <FormAlert error={createTicket.error} />
        {forCustomer && (
          <Select
            label={t('tickets.forCustomer.requester')}
            placeholder={t('tickets.forCustomer.requesterPlaceholder')}
            description={t('tickets.forCustomer.requesterHelp')}
            required
            withAsterisk={false}
            searchable
            allowDeselect={false}
            size="md"
            disabled={forCustomer.isLoading}
            data={forCustomer.contacts.map((contact) => ({
              value: contact.id,
              label: `${contact.firstName} ${contact.lastName} · ${contact.email}`,
            }))}
            {...form.getInputProps('requesterId')}
          />
        )}
        <TextInput
          label={t('tickets.new.subject')}
          placeholder={t('tickets.new.subjectPlaceholder')}
          required
          withAsterisk={false}
          maxLength={SUBJECT_MAX + 50}
          description={t('tickets.new.subjectCount', {
            count: form.values.subject.length,
            max: SUBJECT_MAX,
          })}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          styles={{ description: { textAlign: 'right', marginTop: 4 } }}
          {...form.getInputProps('subject')}
        />
        {hasPackages ? (
          <Select
            label={t('tickets.new.package')}
            placeholder={t('tickets.new.packagePlaceholder')}
            required
            withAsterisk={false}
            allowDeselect={false}
            size="md"
            disabled={forCustomer?.isLoading}
            data={options.subscriptions.map((subscription) => ({
              value: subscription.id,
              label: `${subscription.packageName} · ${t(`tickets.new.period.${subscription.periodKind}`)}`,
            }))}
            {...form.getInputProps('subscriptionId')}
          />
        ) : (
          <Input.Wrapper label={t('tickets.new.package')}>
            <Text size="sm" c="dimmed" mt={4}>
              {t(forCustomer ? 'tickets.forCustomer.noPackage' : 'tickets.new.noPackage')}
            </Text>
          </Input.Wrapper>
        )}
        <Textarea
          label={t('tickets.new.description')}
          description={t(
            forCustomer ? 'tickets.forCustomer.descriptionHelp' : 'tickets.new.descriptionHelp',
          )}
          required
          withAsterisk={false}
          autosize
          minRows={6}
          maxRows={18}
          size="md"
          {...form.getInputProps('description')}
        />
        <AttachmentsInput
          uploads={uploads}
          limits={options.uploadLimits}
          label={t('tickets.new.files')}
          error={uploadsError}
        />
        <TextInput
          label={t('tickets.new.link')}
          description={t('tickets.new.linkHelp')}
          placeholder="https://"
          type="url"
          inputMode="url"
          autoComplete="url"
          {...form.getInputProps('link')}
        />
        <Flex direction={{ base: 'column-reverse', xs: 'row' }} justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" size="md" onClick={() => navigate(-1)}>
            {t('tickets.new.cancel')}
          </Button>
          <Button
            type="submit"
            size="md"
            leftSection={<IconSend size={18} />}
            loading={createTicket.isPending}
            disabled={forCustomer?.isLoading}
          >
            {t(forCustomer ? 'tickets.forCustomer.submit' : 'tickets.new.submit')}
          </Button>
        </Flex>
      </Stack>
    </form>
  );
}
