import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { emailChangeRequestSchema } from '../../../shared/api/email-change';
import { useRequestEmailChange } from '../../api/email-change';
import { FormAlert } from '../form/form-alert';
import { schemaValidator, serverFieldErrors } from '../form/form-errors';

const FIELDS = ['newEmail'] as const;
// Codes the form shows on its one field rather than above it.
const CODE_FIELDS = {
  email_taken: 'newEmail',
  email_unchanged: 'newEmail',
  email_domain_not_allowed: 'newEmail',
};

/**
 * The sign-in email on the profile, and «Αλλαγή email»: the new address gets a
 * link, and nothing changes until it is followed.
 */
export function ChangeEmail({ email }: { email: string }) {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const request = useRequestEmailChange();
  const form = useForm({
    initialValues: { newEmail: '' },
    validate: schemaValidator(emailChangeRequestSchema),
  });
  const close = () => {
    form.reset();
    request.reset();
    setOpen(false);
  };
  const submit = form.onSubmit((values) =>
    request.mutate(values, {
      onSuccess: (pending) => {
        close();
        setSentTo(pending.newEmail);
      },
      onError: (error) => form.setErrors(serverFieldErrors(error, FIELDS, CODE_FIELDS)),
    }),
  );
  return (
    <Stack gap="sm">
      <Text size="sm">
        {t('accountSecurity.email.current')}{' '}
        <Text span fw={600} style={{ overflowWrap: 'anywhere' }}>
          {email}
        </Text>
      </Text>
      {sentTo && (
        <Alert color="blue" variant="light" role="status">
          {t('accountSecurity.email.sent', { email: sentTo })}
        </Alert>
      )}
      <Group>
        <Button variant="default" onClick={() => setOpen(true)}>
          {t('accountSecurity.email.change')}
        </Button>
      </Group>
      <Modal
        opened={isOpen}
        onClose={close}
        title={t('accountSecurity.email.title')}
        radius="lg"
        closeButtonProps={{ 'aria-label': t('confirm.close') }}
      >
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              {t('accountSecurity.email.hint')}
            </Text>
            <FormAlert error={request.error} shownOnFields={Object.keys(CODE_FIELDS)} />
            <TextInput
              label={t('accountSecurity.email.newEmail')}
              type="email"
              autoComplete="email"
              data-autofocus
              {...form.getInputProps('newEmail')}
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close}>
                {t('accountSecurity.email.cancel')}
              </Button>
              <Button type="submit" loading={request.isPending}>
                {t('accountSecurity.email.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
