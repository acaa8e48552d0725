import { Divider } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../shared/api/dashboard';
import { EmptyPlaceholder } from '../feedback/empty-placeholder';
import { IconActivity, IconClock } from '../first-screen-icons';
import { useServerNow } from '../hours/use-server-now';
import { ActiveTaskList } from './active-task-list';
import { DashboardPanel } from './dashboard-panel';
import { HoursBalance } from './hours-balance';
import { PanelSkeleton } from './panel-skeleton';

interface ActiveTasksPanelProps {
  dashboard: Dashboard | undefined;
  receivedAt: number;
}

/** (6) «Ενεργές εργασίες» and «Υπόλοιπο ωρών»: work happening now and the hours left. */
export function ActiveTasksPanel({ dashboard, receivedAt }: ActiveTasksPanelProps) {
  const { t } = useTranslation();
  const now = useServerNow(dashboard?.now, receivedAt);
  const tasks = dashboard?.activeTasks;
  return (
    <DashboardPanel title={t('dashboard.active.title')} icon={<IconActivity />}>
      <HoursBalance subscriptions={dashboard?.subscriptions} now={now} />
      <Divider my="sm" variant="dashed" />
      {!tasks ? (
        <PanelSkeleton rows={2} />
      ) : tasks.length === 0 ? (
        <EmptyPlaceholder
          size="sm"
          quiet
          order={3}
          icon={<IconClock />}
          title={t('dashboard.active.emptyTitle')}
          description={t('dashboard.active.emptyText')}
        />
      ) : (
        <ActiveTaskList tasks={tasks} now={now} />
      )}
    </DashboardPanel>
  );
}
