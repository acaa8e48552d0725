import { Divider, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyPlaceholder } from '../feedback/empty-placeholder';
import { IconActivity, IconClock } from '../icons';
import { DashboardPanel } from './dashboard-panel';

/** (6) «Ενεργές εργασίες» and «Υπόλοιπο ωρών»: work happening now and the hours left. */
export function ActiveTasksPanel() {
  const { t } = useTranslation();
  return (
    <DashboardPanel title={t('dashboard.active.title')} icon={<IconActivity />}>
      <Paper bg="var(--mantine-primary-color-light)" p="md" radius="md">
        <Title order={3} fz="sm" fw={600} c="dimmed">
          {t('dashboard.active.balanceTitle')}
        </Title>
        <Text fz={28} fw={700} lh={1.3} aria-hidden="true">
          {t('common.notSet')}
        </Text>
        <Text size="sm" c="dimmed">
          {t('dashboard.active.balanceEmpty')}
        </Text>
      </Paper>
      <Divider my="sm" variant="dashed" />
      <EmptyPlaceholder
        size="sm"
        quiet
        order={3}
        icon={<IconClock />}
        title={t('dashboard.active.emptyTitle')}
        description={t('dashboard.active.emptyText')}
      />
    </DashboardPanel>
  );
}
