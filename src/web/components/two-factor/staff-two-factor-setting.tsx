import { Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSecuritySettings, useUpdateSecuritySettings } from '../../api/two-factor';
import { notifyFailure, notifySuccess } from '../company/notify';

/** «Υποχρεωτική διπλή επαλήθευση για το προσωπικό»: the admin's switch. */
export function StaffTwoFactorSetting() {
  const { t } = useTranslation();
  const settings = useSecuritySettings(true);
  const update = useUpdateSecuritySettings();
  return (
    <Paper withBorder shadow="xs" p={{ base: 'md', sm: 'lg' }} mt="lg" component="section">
      <Stack gap="xs">
        <Title order={2} fz="lg">
          {t('twoFactor.staffSetting.title')}
        </Title>
        <Switch
          label={t('twoFactor.staffSetting.label')}
          description={t('twoFactor.staffSetting.description')}
          checked={settings.data?.requireStaffTwoFactor ?? false}
          disabled={!settings.data || update.isPending}
          onChange={(event) =>
            update.mutate(
              { requireStaffTwoFactor: event.currentTarget.checked },
              {
                onSuccess: ({ requireStaffTwoFactor }) =>
                  notifySuccess(
                    t(
                      requireStaffTwoFactor
                        ? 'twoFactor.staffSetting.on'
                        : 'twoFactor.staffSetting.off',
                    ),
                  ),
                onError: (error) => notifyFailure(t, error),
              },
            )
          }
        />
        <Text size="xs" c="dimmed">
          {t('twoFactor.staffSetting.note')}
        </Text>
      </Stack>
    </Paper>
  );
}
