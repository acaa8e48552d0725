import { Button, Group, Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useCreatePersonalToken } from '../../api/api-tokens';
import { FormAlert } from '../form/form-alert';
import { serverFieldErrors } from '../form/form-errors';
import {
  initialTokenValues,
  TOKEN_CODE_FIELDS,
  TOKEN_FORM_FIELDS,
  TokenFormFields,
  type TokenFormValues,
  tokenRequestOf,
  validateTokenValues,
} from './token-form-fields';

/** «Νέο κλειδί» on the profile: a personal token, with one's own rights or fewer. */
export function CreatePersonalTokenModal({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  onCreated: (secret: string) => void;
}) {
  const { t } = useTranslation();
  const create = useCreatePersonalToken();
  const form = useForm<TokenFormValues>({
    initialValues: initialTokenValues,
    validate: (values) => validateTokenValues(values, t),
  });
  const close = () => {
    form.reset();
    create.reset();
    onClose();
  };
  const submit = form.onSubmit((values) =>
    create.mutate(tokenRequestOf(values), {
      onSuccess: ({ secret }) => {
        close();
        onCreated(secret);
      },
      onError: (error) =>
        form.setErrors(serverFieldErrors(error, TOKEN_FORM_FIELDS, TOKEN_CODE_FIELDS)),
    }),
  );
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('apiTokens.form.title')}
      radius="lg"
      size="lg"
      closeButtonProps={{ 'aria-label': t('confirm.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormAlert error={create.error} shownOnFields={Object.keys(TOKEN_CODE_FIELDS)} />
          <TokenFormFields form={form} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('apiTokens.form.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('apiTokens.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
