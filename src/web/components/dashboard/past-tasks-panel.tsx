import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Dashboard } from '../../../shared/api/dashboard';
import { EmptyPlaceholder } from '../feedback/empty-placeholder';
import { IconChecklist } from '../first-screen-icons';
import { ChargeRuleNote } from '../tasks/charge-rule-note';
import { DashboardPanel } from './dashboard-panel';
import { PanelSkeleton } from './panel-skeleton';
import { PastTaskList } from './past-task-list';

// The panel shows the latest few; «Όλες οι εργασίες» has every one, by package and month.
const SHOWN = 5;

interface PastTasksPanelProps {
  dashboard: Dashboard | undefined;
  /** Staff looking at a company: the full list is filtered to it. */
  companyId?: string;
}

/** (5) «Προηγούμενες εργασίες»: tasks done on the company's requests and the time they took. */
export function PastTasksPanel({ dashboard, companyId }: PastTasksPanelProps) {
  const { t } = useTranslation();
  const tasks = dashboard?.recentTasks;
  const allPath = companyId ? `/tasks?company=${encodeURIComponent(companyId)}` : '/tasks';
  const actions = (
    <Anchor component={Link} to={allPath} size="sm" fw={600}>
      {t('dashboard.pastTasks.viewAll')}
    </Anchor>
  );
  return (
    <DashboardPanel
      title={t('dashboard.pastTasks.title')}
      icon={<IconChecklist />}
      actions={tasks && tasks.length > 0 ? actions : undefined}
    >
      {!tasks ? (
        <PanelSkeleton rows={3} height={52} />
      ) : tasks.length === 0 ? (
        <EmptyPlaceholder
          size="sm"
          quiet
          order={3}
          icon={<IconChecklist />}
          title={t('dashboard.pastTasks.emptyTitle')}
          description={t('dashboard.pastTasks.emptyText')}
        />
      ) : (
        <>
          <PastTaskList tasks={tasks.slice(0, SHOWN)} />
          <ChargeRuleNote tasks={tasks.slice(0, SHOWN)} mt="sm" />
        </>
      )}
    </DashboardPanel>
  );
}
