import { useTranslation } from 'react-i18next';
import { EmptyPlaceholder } from '../feedback/empty-placeholder';
import { IconPackage } from '../icons';
import { DashboardPanel } from './dashboard-panel';

/** (3) «Ενεργό πακέτο support»: the company's active support package. */
export function PackagePanel() {
  const { t } = useTranslation();
  return (
    <DashboardPanel title={t('dashboard.package.title')} icon={<IconPackage />}>
      <EmptyPlaceholder
        size="sm"
        quiet
        order={3}
        icon={<IconPackage />}
        title={t('dashboard.package.emptyTitle')}
        description={t('dashboard.package.emptyText')}
      />
    </DashboardPanel>
  );
}
