import { useTranslation } from 'react-i18next';
import { EmptyPlaceholder } from '../feedback/empty-placeholder';
import { IconChecklist } from '../icons';
import { DashboardPanel } from './dashboard-panel';

/** (5) «Προηγούμενες εργασίες»: tasks done on the company's requests and the time they took. */
export function PastTasksPanel() {
  const { t } = useTranslation();
  return (
    <DashboardPanel title={t('dashboard.pastTasks.title')} icon={<IconChecklist />}>
      <EmptyPlaceholder
        size="sm"
        quiet
        order={3}
        icon={<IconChecklist />}
        title={t('dashboard.pastTasks.emptyTitle')}
        description={t('dashboard.pastTasks.emptyText')}
      />
    </DashboardPanel>
  );
}
