import { Button, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { z } from 'zod';
import { passwordSchema } from '../../shared/api/users';
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
import {
  NewPasswordFields,
  type NewPasswordValues as PasswordValues,
  passwordsMatch,
} from '../components/form/new-password-fields';
import { IconKey, IconLock } from '../components/icons';
import { AuthCard } from '../components/layout/auth-card';
import { homePathFor } from '../lib/navigation';

const passwordFormSchema = z.object({ password: passwordSchema });

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
      onSuccess: (me) =>
        navigate('secondFactorRequired' in me ? '/login?step=second-factor' : homePathFor(me), {
          replace: true,
        }),
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
          <FormAlert error={reset.error} />
          <NewPasswordFields
            account={email}
            form={form}
            labels={{
              password: t('passwordReset.reset.password'),
              help: t('passwordReset.reset.passwordHelp'),
              confirm: t('passwordReset.reset.confirmPassword'),
            }}
          />
          <Button type="submit" size="md" fullWidth mt="xs" loading={reset.isPending}>
            {t('passwordReset.reset.submit')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
