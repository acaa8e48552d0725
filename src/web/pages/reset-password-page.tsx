import { Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { z } from 'zod';
import { passwordSchema } from '../../shared/api/users';
import type { FieldError } from '../../shared/problem';
import { isApiError } from '../api/client';
import {
  usePasswordResetInfo,
  useRecheckPasswordReset,
  useResetPassword,
} from '../api/password-reset';
import { PageLoader } from '../components/feedback/page-loader';
import { QueryError } from '../components/feedback/query-error';
import { FormAlert } from '../components/form/form-alert';
import { schemaValidator, serverFieldErrors } from '../components/form/form-errors';
import { IconKey, IconLock } from '../components/icons';
import { AuthCard } from '../components/layout/auth-card';
import { homePathFor } from '../lib/navigation';

interface PasswordValues {
  password: string;
  confirmPassword: string;
}

const passwordFormSchema = z.object({ password: passwordSchema });

const passwordsMatch = (values: PasswordValues): FieldError[] =>
  values.confirmPassword === values.password
    ? []
    : [{ field: 'confirmPassword', code: 'passwords_differ' }];

/**
 * /reset-password/:token (public): a new password, twice; or, for a link that is
 * expired or used, why it does not work and a way to ask for a new one. After the
 * reset the person lands signed in, on their home page.
 */
export default function ResetPasswordPage() {
  const { token = '' } = useParams();
  const info = usePasswordResetInfo(token);
  if (info.isPending) return <PageLoader />;
  if (info.isError) return <QueryError error={info.error} onRetry={() => void info.refetch()} />;
  if (info.data.state !== 'valid') return <ResetLinkUnavailable state={info.data.state} />;
  return <NewPasswordForm token={token} email={info.data.email ?? ''} />;
}

function ResetLinkUnavailable({ state }: { state: 'expired' | 'invalid' }) {
  const { t } = useTranslation();
  return (
    <AuthCard
      title={t(`passwordReset.unavailable.${state}.title`)}
      subtitle={t(`passwordReset.unavailable.${state}.text`)}
      icon={<IconLock size={24} />}
      maxWidth={520}
    >
      <Stack gap="sm">
        <Button component={Link} to="/forgot-password" size="md" fullWidth>
          {t('passwordReset.unavailable.askAgain')}
        </Button>
        <Button component={Link} to="/login" size="md" fullWidth variant="subtle">
          {t('passwordReset.backToLogin')}
        </Button>
      </Stack>
    </AuthCard>
  );
}

function NewPasswordForm({ token, email }: { token: string; email: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const reset = useResetPassword(token);
  const recheck = useRecheckPasswordReset(token);
  const form = useForm<PasswordValues>({
    initialValues: { password: '', confirmPassword: '' },
    validate: schemaValidator<PasswordValues>(passwordFormSchema, passwordsMatch),
  });

  const submit = form.onSubmit(({ password }) =>
    reset.mutate(password, {
      onSuccess: (me) => navigate(homePathFor(me), { replace: true }),
      onError: (error) => {
        form.setErrors(serverFieldErrors(error, ['password']));
        // Expired or used while the page was open: show why instead of the form.
        if (isApiError(error) && error.code.startsWith('reset_link_')) void recheck();
      },
    }),
  );

  return (
    <AuthCard
      title={t('passwordReset.reset.title')}
      subtitle={t('passwordReset.reset.subtitle')}
      icon={<IconKey size={24} />}
      maxWidth={480}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {t('passwordReset.reset.account', { email })}
          </Text>
          {/* For password managers: the account the new password belongs to. */}
          <input
            type="email"
            name="username"
            autoComplete="username"
            value={email}
            readOnly
            hidden
          />
          <FormAlert error={reset.error} />
          <PasswordInput
            label={t('passwordReset.reset.password')}
            description={t('passwordReset.reset.passwordHelp')}
            autoComplete="new-password"
            required
            withAsterisk={false}
            data-autofocus
            {...form.getInputProps('password')}
          />
          <PasswordInput
            label={t('passwordReset.reset.confirmPassword')}
            autoComplete="new-password"
            required
            withAsterisk={false}
            {...form.getInputProps('confirmPassword')}
          />
          <Button type="submit" size="md" fullWidth mt="xs" loading={reset.isPending}>
            {t('passwordReset.reset.submit')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
