import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { passwordResetRequestSchema } from '../../shared/api/password-reset';
import { useRequestPasswordReset } from '../api/password-reset';
import { FormAlert } from '../components/form/form-alert';
import { schemaValidator, serverFieldErrors } from '../components/form/form-errors';
import { IconKey } from '../components/icons';
import { AuthCard } from '../components/layout/auth-card';

interface ForgotValues {
  email: string;
}

/** «Ξέχασα τον κωδικό μου»: an address; the answer never says whether it has an account. */
export default function ForgotPasswordPage() {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();
  const form = useForm<ForgotValues>({
    initialValues: { email: '' },
    validate: schemaValidator<ForgotValues>(passwordResetRequestSchema),
  });

  const submit = form.onSubmit(({ email }) =>
    request.mutate(email, {
      onError: (error) => form.setErrors(serverFieldErrors(error, ['email'])),
    }),
  );

  return (
    <AuthCard
      title={t('passwordReset.forgot.title')}
      subtitle={t('passwordReset.forgot.subtitle')}
      icon={<IconKey size={24} />}
    >
      {request.isSuccess ? (
        <Stack gap="md">
          <Alert color="green" variant="light" title={t('passwordReset.forgot.sentTitle')}>
            {t('passwordReset.forgot.sentText', { email: form.values.email })}
          </Alert>
          <Button component={Link} to="/login" size="md" fullWidth variant="light">
            {t('passwordReset.backToLogin')}
          </Button>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <FormAlert error={request.error} />
            <TextInput
              label={t('login.email')}
              type="email"
              autoComplete="username"
              inputMode="email"
              required
              withAsterisk={false}
              data-autofocus
              {...form.getInputProps('email')}
            />
            <Button type="submit" size="md" fullWidth mt="xs" loading={request.isPending}>
              {t('passwordReset.forgot.submit')}
            </Button>
            <Text size="sm" ta="center">
              <Anchor component={Link} to="/login">
                {t('passwordReset.backToLogin')}
              </Anchor>
            </Text>
          </Stack>
        </form>
      )}
    </AuthCard>
  );
}
