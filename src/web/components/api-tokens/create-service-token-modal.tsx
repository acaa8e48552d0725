import { Button, Group, Modal, Stack } from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useCreateServiceToken } from '../../api/api-tokens';
import { FormAlert } from '../form/form-alert';
import { serverFieldErrors } from '../form/form-errors';
import { ActsAsFields, type ActsAsValue } from './acts-as-fields';
import {
  initialTokenValues,
  TOKEN_CODE_FIELDS,
  TOKEN_FORM_FIELDS,
  TokenFormFields,
  type TokenFormValues,
  tokenRequestOf,
  validateTokenValues,
} from './token-form-fields';

type Values = TokenFormValues & { actsAs: ActsAsValue };

const FIELDS = [...TOKEN_FORM_FIELDS, 'userId', 'role'];

/** «Νέο κλειδί» in the console: a service token for a company's contact or a staff user. */
export function CreateServiceTokenModal({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  onCreated: (secret: string) => void;
}) {
  const { t } = useTranslation();
  const create = useCreateServiceToken();
  const form = useForm<Values>({
    initialValues: {
      ...initialTokenValues,
      actsAs: { kind: 'company', companyId: null, userId: null, role: null },
    },
    validate: (values) => {
      const errors: Record<string, string> = validateTokenValues(values, t);
      if (!values.actsAs.userId) errors.userId = t('validation.required');
      if (!values.actsAs.role) errors.role = t('validation.required');
      return errors;
    },
  });
  const close = () => {
    form.reset();
    create.reset();
    onClose();
  };
  const submit = form.onSubmit((values) =>
    create.mutate(
      {
        ...tokenRequestOf(values),
        userId: values.actsAs.userId ?? '',
        role: values.actsAs.role ?? 'member',
      },
      {
        onSuccess: ({ secret }) => {
          close();
          onCreated(secret);
        },
        onError: (error) => form.setErrors(serverFieldErrors(error, FIELDS, TOKEN_CODE_FIELDS)),
      },
    ),
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
          <ActsAsFields
            value={form.values.actsAs}
            onChange={(actsAs) => form.setFieldValue('actsAs', actsAs)}
            errors={{ userId: form.errors.userId, role: form.errors.role }}
          />
          {/* The common fields read and write only their own part of these values. */}
          <TokenFormFields form={form as unknown as UseFormReturnType<TokenFormValues>} />
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
