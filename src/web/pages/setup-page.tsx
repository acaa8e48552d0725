import { Button, Fieldset, PasswordInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { setupRequestSchema } from '../../shared/api/auth';
import type { FieldError } from '../../shared/problem';
import { useCompleteSetup, useMe, useSetupStatus } from '../api/auth';
import { isApiError } from '../api/client';
import { queryKeys } from '../api/query-keys';
import { PageLoader } from '../components/feedback/page-loader';
import { FormAlert } from '../components/form/form-alert';
import { schemaValidator, serverFieldErrors } from '../components/form/form-errors';
import { IconKey } from '../components/icons';
import { AuthCard } from '../components/layout/auth-card';
import { homePathFor } from '../lib/navigation';

interface SetupValues {
  setupCode: string;
  firstName: string;
  lastName: string;
  email: string;
  password: string;
  confirmPassword: string;
}

const FIELDS = ['setupCode', 'firstName', 'lastName', 'email', 'password'] as const;

// Whole-request codes that belong to one field: shown there, not above the form.
const CODE_FIELDS = { email_taken: 'email', invalid_setup_code: 'setupCode' };

const passwordsMatch = (values: SetupValues): FieldError[] =>
  values.confirmPassword === values.password
    ? []
    : [{ field: 'confirmPassword', code: 'passwords_differ' }];

/** Creates the first administrator with the code the server printed; only while none exists. */
export default function SetupPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const setupStatus = useSetupStatus();
  const me = useMe().data;
  const completeSetup = useCompleteSetup();
  const form = useForm<SetupValues>({
    initialValues: {
      setupCode: '',
      firstName: '',
      lastName: '',
      email: '',
      password: '',
      confirmPassword: '',
    },
    validate: schemaValidator<SetupValues>(setupRequestSchema, passwordsMatch),
  });

  if (me) return <Navigate to={homePathFor(me)} replace />;
  if (setupStatus.isPending) return <PageLoader />;
  if (setupStatus.data && !setupStatus.data.needsSetup) return <Navigate to="/login" replace />;

  const submit = form.onSubmit(({ confirmPassword: _, ...body }) =>
    completeSetup.mutate(body, {
      onError: (error) => {
        form.setErrors(serverFieldErrors(error, FIELDS, CODE_FIELDS));
        // Someone finished setup meanwhile: the page moves on to the login form.
        if (isApiError(error) && error.code === 'setup_done') {
          void queryClient.invalidateQueries({ queryKey: queryKeys.setupStatus });
        }
      },
    }),
  );

  return (
    <AuthCard
      title={t('setup.title')}
      subtitle={t('setup.subtitle')}
      icon={<IconKey size={24} />}
      maxWidth={560}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          <FormAlert error={completeSetup.error} shownOnFields={Object.keys(CODE_FIELDS)} />
          <TextInput
            label={t('setup.codeLabel')}
            description={t('setup.codeHelp')}
            autoComplete="off"
            spellCheck={false}
            required
            withAsterisk={false}
            {...form.getInputProps('setupCode')}
          />
          <Fieldset
            legend={t('setup.accountSection')}
            variant="filled"
            radius="md"
            styles={{ legend: { fontWeight: 600, paddingInline: 6 } }}
          >
            <Stack gap="md">
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
                <TextInput
                  label={t('setup.firstName')}
                  autoComplete="given-name"
                  required
                  withAsterisk={false}
                  {...form.getInputProps('firstName')}
                />
                <TextInput
                  label={t('setup.lastName')}
                  autoComplete="family-name"
                  required
                  withAsterisk={false}
                  {...form.getInputProps('lastName')}
                />
              </SimpleGrid>
              <TextInput
                label={t('setup.email')}
                type="email"
                autoComplete="email"
                inputMode="email"
                required
                withAsterisk={false}
                {...form.getInputProps('email')}
              />
              <PasswordInput
                label={t('setup.password')}
                description={t('setup.passwordHelp')}
                autoComplete="new-password"
                required
                withAsterisk={false}
                {...form.getInputProps('password')}
              />
              <PasswordInput
                label={t('setup.confirmPassword')}
                autoComplete="new-password"
                required
                withAsterisk={false}
                {...form.getInputProps('confirmPassword')}
              />
            </Stack>
          </Fieldset>
          <Button type="submit" size="md" fullWidth loading={completeSetup.isPending}>
            {t('setup.submit')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
