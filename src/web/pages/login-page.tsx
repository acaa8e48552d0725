import { Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import type { FormErrors } from '@mantine/form';
import { type ChangeEvent, type FormEvent, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import type { LoginRequest } from '../../shared/api/auth';
import type { SecondFactorMethods } from '../../shared/api/two-factor';
import { useLogin, useMe, usePendingLoginMethods } from '../api/auth';
import { IconLogin } from '../components/first-screen-icons';
import { FormAlert } from '../components/form/form-alert';
import { serverFieldErrors } from '../components/form/server-field-errors';
import { AuthCard } from '../components/layout/auth-card';
import { lazyPage } from '../lib/lazy-page';
import { homePathFor, safeNextPath } from '../lib/navigation';

const FIELDS = ['email', 'password'] as const;
// Only people with a second factor need its step: not part of every first visit.
const SecondFactorStep = lazyPage(() => import('../components/auth/second-factor-step'));

// After signing in comes «/»: fetch it while the reader types.
void import('./home-page');

// Single sign-on is for staff, and only where a provider is configured: its button and
// its error come after the form, out of everyone's first download.
const loadSso = () => import('../components/auth/sso-login');
const SsoLoginButton = lazyPage(() =>
  loadSso().then((module) => ({ default: module.SsoLoginButton })),
);
const SsoErrorAlert = lazyPage(() =>
  loadSso().then((module) => ({ default: module.SsoErrorAlert })),
);

/** Email and password; afterwards the user's home, or the page that sent them here (?next=). */
export default function LoginPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const me = useMe().data;
  const login = useLogin();
  // Two fields in plain state: @mantine/form would add ~6 kB gzipped to every first visit.
  // No check before sending either: the server checks the login with the shared schema and
  // answers with the same field errors (zod here would add ~26 kB).
  const [values, setValues] = useState<LoginRequest>({ email: '', password: '' });
  const [errors, setErrors] = useState<FormErrors>({});
  // The password was right and a second factor is needed (here, or after a password reset).
  const [methods, setMethods] = useState<SecondFactorMethods | null>(null);
  const pending = usePendingLoginMethods(searchParams.get('step') === 'second-factor' && !methods);
  const secondStepMethods = methods ?? pending.data ?? null;
  const field = (name: keyof LoginRequest) => ({
    value: values[name],
    error: errors[name],
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      const { value } = event.currentTarget;
      setValues((current) => ({ ...current, [name]: value }));
      // As a Mantine form does: typing in a field clears its error.
      setErrors((current) => ({ ...current, [name]: undefined }));
    },
  });

  // Signed in (now or already): go on. Typed values stay in the form if the request fails.
  if (me) {
    return <Navigate to={safeNextPath(searchParams.get('next')) ?? homePathFor(me)} replace />;
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    login.mutate(values, {
      onSuccess: (answer) => {
        if ('secondFactorRequired' in answer) setMethods(answer.methods);
      },
      onError: (error) => setErrors(serverFieldErrors(error, FIELDS)),
    });
  };

  if (secondStepMethods) {
    return (
      <AuthCard
        title={t('twoFactor.login.title')}
        subtitle={t('twoFactor.login.subtitle')}
        icon={<IconLogin size={24} />}
      >
        <Suspense fallback={null}>
          <SecondFactorStep methods={secondStepMethods} />
        </Suspense>
      </AuthCard>
    );
  }

  return (
    <AuthCard
      title={t('login.title')}
      subtitle={t('login.subtitle')}
      icon={<IconLogin size={24} />}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Suspense fallback={null}>
            <SsoErrorAlert code={searchParams.get('sso_error')} />
          </Suspense>
          <FormAlert error={login.error} />
          <TextInput
            label={t('login.email')}
            type="email"
            autoComplete="username"
            inputMode="email"
            required
            withAsterisk={false}
            {...field('email')}
          />
          <PasswordInput
            label={t('login.password')}
            autoComplete="current-password"
            required
            withAsterisk={false}
            {...field('password')}
          />
          <Anchor
            component={Link}
            to="/forgot-password"
            size="sm"
            style={{ alignSelf: 'flex-end' }}
          >
            {t('login.forgotPassword')}
          </Anchor>
          <Button type="submit" size="md" fullWidth mt="xs" loading={login.isPending}>
            {t('login.submit')}
          </Button>
          <Suspense fallback={null}>
            <SsoLoginButton />
          </Suspense>
          <Text size="sm" c="dimmed" ta="center">
            {t('login.noAccount')}
          </Text>
        </Stack>
      </form>
    </AuthCard>
  );
}
