import { Alert, Button, Card, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { useLogout, useMe } from '../api/auth';
import { PageHeader } from '../components/feedback/page-header';
import { IconShield } from '../components/icons';
import { TwoFactorSettings } from '../components/two-factor/two-factor-settings';
import { homePathFor } from '../lib/navigation';

/**
 * Where staff land while the admin requires a second factor and they have none:
 * the API refuses them everything else until they set one up here.
 */
export default function TwoFactorSetupPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const logout = useLogout();
  if (!me) return null;
  if (!me.mustEnrolSecondFactor) return <Navigate to={homePathFor(me)} replace />;
  return (
    <>
      <PageHeader title={t('twoFactor.setup.title')} subtitle={t('twoFactor.setup.subtitle')} />
      <Stack gap="lg">
        <Alert color="yellow" variant="light" icon={<IconShield />}>
          {t('twoFactor.setup.required')}
        </Alert>
        <Card shadow="xs">
          <TwoFactorSettings />
        </Card>
        <Group justify="flex-end">
          <Button
            variant="default"
            onClick={() =>
              logout.mutate(undefined, { onSuccess: () => window.location.assign('/login') })
            }
          >
            {t('twoFactor.setup.logout')}
          </Button>
        </Group>
      </Stack>
    </>
  );
}
