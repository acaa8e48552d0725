import {
  Alert,
  Button,
  Code,
  Paper,
  PasswordInput,
  Skeleton,
  Stack,
  Switch,
  TagsInput,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { SsoSettingsView } from '../../../shared/api/sso';
import { useSaveSsoSettings, useSsoSettings } from '../../api/sso';
import { notifySuccess } from '../../components/company/notify';
import { PageHeader } from '../../components/feedback/page-header';
import { QueryError } from '../../components/feedback/query-error';
import { FormAlert } from '../../components/form/form-alert';
import { serverFieldErrors } from '../../components/form/server-field-errors';

const FIELDS = [
  'issuerUrl',
  'clientId',
  'clientSecret',
  'buttonLabel',
  'allowedDomains',
  'isEnabled',
];

/** «Κονσόλα» → «Σύνδεση με πάροχο» (admin): the OpenID Connect provider staff sign in with. */
export default function SsoPage() {
  const { t } = useTranslation();
  const settings = useSsoSettings();
  return (
    <>
      <PageHeader title={t('sso.settings.title')} subtitle={t('sso.settings.subtitle')} />
      {settings.isPending ? (
        <Skeleton h={420} radius="md" />
      ) : settings.isError ? (
        <QueryError
          error={settings.error}
          title={t('sso.settings.loadFailed')}
          onRetry={() => void settings.refetch()}
        />
      ) : (
        <SsoSettingsForm settings={settings.data} />
      )}
    </>
  );
}

function SsoSettingsForm({ settings }: { settings: SsoSettingsView }) {
  const { t } = useTranslation();
  const save = useSaveSsoSettings();
  const readOnly = settings.source === 'environment';
  const form = useForm({
    initialValues: {
      issuerUrl: settings.issuerUrl ?? '',
      clientId: settings.clientId ?? '',
      clientSecret: '',
      buttonLabel: settings.buttonLabel ?? '',
      allowedDomains: settings.allowedDomains,
      isEnabled: settings.source === 'none' ? true : settings.isEnabled,
    },
  });
  const submit = form.onSubmit((values) =>
    save.mutate(
      { ...values, clientSecret: values.clientSecret || undefined },
      {
        onSuccess: () => {
          form.setFieldValue('clientSecret', '');
          notifySuccess(t('sso.settings.saved'));
        },
        onError: (error) => form.setErrors(serverFieldErrors(error, FIELDS)),
      },
    ),
  );
  return (
    <Paper withBorder radius="md" p="lg" maw={640}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {readOnly && <Alert color="blue">{t('sso.settings.fromEnvironment')}</Alert>}
          <FormAlert error={save.error} />
          <div>
            <Text size="sm" fw={500}>
              {t('sso.settings.redirectUri')}
            </Text>
            <Code block>{settings.redirectUri}</Code>
          </div>
          <TextInput
            label={t('sso.settings.issuerUrl')}
            description={t('sso.settings.issuerUrlHelp')}
            required
            readOnly={readOnly}
            {...form.getInputProps('issuerUrl')}
          />
          <TextInput
            label={t('sso.settings.clientId')}
            required
            readOnly={readOnly}
            {...form.getInputProps('clientId')}
          />
          {!readOnly && (
            <PasswordInput
              label={t('sso.settings.clientSecret')}
              description={
                settings.hasClientSecret ? t('sso.settings.clientSecretKeep') : undefined
              }
              required={!settings.hasClientSecret}
              autoComplete="new-password"
              {...form.getInputProps('clientSecret')}
            />
          )}
          <TextInput
            label={t('sso.settings.buttonLabel')}
            description={t('sso.settings.buttonLabelHelp')}
            required
            readOnly={readOnly}
            {...form.getInputProps('buttonLabel')}
          />
          <TagsInput
            label={t('sso.settings.allowedDomains')}
            description={t('sso.settings.allowedDomainsHelp')}
            readOnly={readOnly}
            {...form.getInputProps('allowedDomains')}
          />
          <Switch
            label={t('sso.settings.isEnabled')}
            disabled={readOnly}
            {...form.getInputProps('isEnabled', { type: 'checkbox' })}
          />
          {!readOnly && (
            <Button type="submit" loading={save.isPending} style={{ alignSelf: 'flex-start' }}>
              {t('sso.settings.save')}
            </Button>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
