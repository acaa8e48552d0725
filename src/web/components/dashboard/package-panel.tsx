import { Divider, Stack } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../shared/api/dashboard';
import { EmptyPlaceholder } from '../feedback/empty-placeholder';
import { IconPackage } from '../first-screen-icons';
import { useServerNow } from '../hours/use-server-now';
import { DashboardPanel } from './dashboard-panel';
import { PanelSkeleton } from './panel-skeleton';
import { SubscriptionHours } from './subscription-hours';

interface PackagePanelProps {
  dashboard: Dashboard | undefined;
  /** When the dashboard arrived (TanStack's dataUpdatedAt), to align the clock with the server. */
  receivedAt: number;
}

/** (3) «Ενεργό πακέτο support»: each active package with its hours, live while staff work. */
export function PackagePanel({ dashboard, receivedAt }: PackagePanelProps) {
  const { t } = useTranslation();
  const now = useServerNow(dashboard?.now, receivedAt);
  const subscriptions = dashboard?.subscriptions;
  return (
    <DashboardPanel title={t('dashboard.package.title')} icon={<IconPackage />}>
      {!subscriptions ? (
        <PanelSkeleton rows={2} height={56} />
      ) : subscriptions.length === 0 ? (
        <EmptyPlaceholder
          size="sm"
          quiet
          order={3}
          icon={<IconPackage />}
          title={t('dashboard.package.emptyTitle')}
          description={t('dashboard.package.emptyText')}
        />
      ) : (
        <Stack gap="md">
          {subscriptions.map((subscription, index) => (
            <Fragment key={subscription.id}>
              {index > 0 && <Divider />}
              <SubscriptionHours subscription={subscription} now={now} />
            </Fragment>
          ))}
        </Stack>
      )}
    </DashboardPanel>
  );
}
