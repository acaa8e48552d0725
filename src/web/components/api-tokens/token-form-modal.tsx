import { Button, Group, Modal, Stack } from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import type { UseMutationResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedApiToken } from '../../../shared/api/api-tokens';
import { FormAlert } from '../form/form-alert';
import { serverFieldErrors } from '../form/form-errors';
import {
  TOKEN_FORM_FIELDS,
  TokenFormFields,
  type TokenFormValues,
  validateTokenValues,
} from './token-form-fields';

interface TokenFormModalProps<Values extends TokenFormValues, Body> {
  opened: boolean;
  onClose: () => void;
  onCreated: (secret: string) => void;
  initialValues: Values;
  /** The mutation that sends the request (personal or service). */
  create: UseMutationResult<CreatedApiToken, Error, Body>;
  requestOf: (values: Values) => Body;
  /** Checks of the form's own fields, beyond the common ones. */
  validateExtra?: (values: Values) => Record<string, string>;
  /** The form's own fields the server may name in an error. */
  extraFields?: readonly string[];
  /** The form's own fields, shown before the common ones. */
  children?: (form: UseFormReturnType<Values>) => ReactNode;
}

/**
 * «Νέο κλειδί API»: what the personal and the service token forms share (the dialog,
 * name, scopes, expiry, errors, buttons); each passes its request and its own fields.
 */
export function TokenFormModal<Values extends TokenFormValues, Body>({
  opened,
  onClose,
  onCreated,
  initialValues,
  create,
  requestOf,
  validateExtra,
  extraFields = [],
  children,
}: TokenFormModalProps<Values, Body>) {
  const { t } = useTranslation();
  const form = useForm<Values>({
    initialValues,
    validate: (values) => ({ ...validateTokenValues(values, t), ...validateExtra?.(values) }),
  });
  const close = () => {
    form.reset();
    create.reset();
    onClose();
  };
  const submit = form.onSubmit((values) =>
    create.mutate(requestOf(values), {
      onSuccess: ({ secret }) => {
        close();
        onCreated(secret);
      },
      onError: (error) =>
        form.setErrors(serverFieldErrors(error, [...TOKEN_FORM_FIELDS, ...extraFields])),
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
          <FormAlert error={create.error} />
          {children?.(form)}
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
