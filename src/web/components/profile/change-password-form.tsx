import { Alert, Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { changePasswordRequestSchema } from '../../../shared/api/users';
import type { FieldError } from '../../../shared/problem';
import { useChangePassword } from '../../api/profile';
import { notifySuccess } from '../company/notify';
import { FormAlert } from '../form/form-alert';
import { schemaValidator, serverFieldErrors } from '../form/form-errors';
import { IconLock } from '../icons';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

const FIELDS = ['currentPassword', 'newPassword'] as const;
const CODE_FIELDS = { wrong_current_password: 'currentPassword' };

const passwordsMatch = (values: PasswordValues): FieldError[] =>
  values.confirmPassword === values.newPassword
    ? []
    : [{ field: 'confirmPassword', code: 'passwords_differ' }];

/** «Αλλαγή κωδικού πρόσβασης»: the current one, the new one twice; other sessions end. */
export function ChangePasswordForm({ email }: { email: string }) {
  const { t } = useTranslation();
  const changePassword = useChangePassword();
  const form = useForm<PasswordValues>({
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    validate: schemaValidator<PasswordValues>(changePasswordRequestSchema, passwordsMatch),
  });

  const submit = form.onSubmit(({ currentPassword, newPassword }) =>
    changePassword.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          form.reset();
          notifySuccess(t('profile.password.changed'));
        },
        onError: (error) => form.setErrors(serverFieldErrors(error, FIELDS, CODE_FIELDS)),
      },
    ),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Alert variant="light" color="gray" icon={<IconLock />}>
          {t('profile.password.note')}
        </Alert>
        <FormAlert error={changePassword.error} shownOnFields={Object.keys(CODE_FIELDS)} />
        {/* For password managers: whose password this is. */}
        <input type="email" autoComplete="username" value={email} readOnly hidden />
        <PasswordInput
          label={t('profile.password.current')}
          autoComplete="current-password"
          required
          withAsterisk={false}
          {...form.getInputProps('currentPassword')}
        />
        <PasswordInput
          label={t('profile.password.new')}
          description={t('profile.password.newHelp')}
          autoComplete="new-password"
          required
          withAsterisk={false}
          {...form.getInputProps('newPassword')}
        />
        <PasswordInput
          label={t('profile.password.confirm')}
          autoComplete="new-password"
          required
          withAsterisk={false}
          {...form.getInputProps('confirmPassword')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={changePassword.isPending}>
            {t('profile.password.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
