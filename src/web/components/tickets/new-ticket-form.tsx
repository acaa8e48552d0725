import { Button, Flex, Input, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  createTicketRequestSchema,
  SUBJECT_MAX,
  type TicketFormOptions,
} from '../../../shared/api/tickets';
import type { FieldError } from '../../../shared/problem';
import { useCreateTicket } from '../../api/tickets';
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
}

const FIELDS = ['subject', 'subscriptionId', 'description', 'link', 'attachmentIds'] as const;

/** «Υποβολή αιτήματος»: subject, package, description, files and link; typed text survives a failure. */
export function NewTicketForm({ options }: { options: TicketFormOptions }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const createTicket = useCreateTicket();
  const uploads = useUploads(options.uploadLimits);
  const hasPackages = options.subscriptions.length > 0;
  // Sending waits for every file; the reason shows on «Αρχεία» until the files are ready.
  const [blockedByUploads, setBlockedByUploads] = useState(false);
  const uploadsNotReady = uploads.isUploading || uploads.hasFailed;

  // A company with packages must choose one (the server says the same).
  const packageChosen = (values: NewTicketValues): FieldError[] =>
    hasPackages && !values.subscriptionId ? [{ field: 'subscriptionId', code: 'required' }] : [];

  const form = useForm<NewTicketValues>({
    initialValues: {
      subject: '',
      subscriptionId: options.subscriptions.length === 1 ? options.subscriptions[0]!.id : null,
      description: '',
      link: '',
    },
    validate: schemaValidator<NewTicketValues>(createTicketRequestSchema, packageChosen),
  });

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
      },
      {
        onSuccess: (ticket) => navigate(ticketPath(ticket.number)),
        onError: (error) => form.setErrors(serverFieldErrors(error, FIELDS)),
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <FormAlert error={createTicket.error} />
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
            data={options.subscriptions.map((subscription) => ({
              value: subscription.id,
              label: `${subscription.packageName} · ${t(`tickets.new.period.${subscription.periodKind}`)}`,
            }))}
            {...form.getInputProps('subscriptionId')}
          />
        ) : (
          <Input.Wrapper label={t('tickets.new.package')}>
            <Text size="sm" c="dimmed" mt={4}>
              {t('tickets.new.noPackage')}
            </Text>
          </Input.Wrapper>
        )}
        <Textarea
          label={t('tickets.new.description')}
          description={t('tickets.new.descriptionHelp')}
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
          >
            {t('tickets.new.submit')}
          </Button>
        </Flex>
      </Stack>
    </form>
  );
}
