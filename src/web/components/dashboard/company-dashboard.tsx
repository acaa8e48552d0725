import { Grid, Stack } from '@mantine/core';
import { type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useDashboard } from '../../api/dashboard';
import { lazyPage } from '../../lib/lazy-page';
import { QueryError } from '../feedback/query-error';
import { ActiveTasksPanel } from './active-tasks-panel';
import { LateCorrectionsPanel } from './late-corrections-panel';
import { PackagePanel } from './package-panel';
import { PastTasksPanel } from './past-tasks-panel';
import { RecentRequestsPanel } from './recent-requests-panel';
import { UsagePanel } from './usage-panel';

// Rollover, blocks, buying more and the forecast (issue 16): after the figures, never in the first visit's code.
const HoursEconomicsPanel = lazyPage(() => import('../hour-blocks/hours-economics-panel'));

interface CompanyDashboardProps {
  /** Staff name the company; a customer's own company needs none. */
  companyId?: string;
  /** Customers who may open tickets get «Νέο αίτημα». */
  canSubmit: boolean;
  /** Panels after the hours ones (the customer's company and contacts): a reader's first question is the hours left. */
  companyPanels?: ReactNode[];
}

/**
 * The central screen's hours panels (items 3–6 of the manual), the chart of
 * hours per month and any late corrections, all from one GET /api/dashboard
 * that refreshes every 15 seconds; clocks and balances tick in between.
 */
export function CompanyDashboard({
  companyId,
  canSubmit,
  companyPanels = [],
}: CompanyDashboardProps) {
  const { t } = useTranslation();
  const dashboard = useDashboard(companyId);
  const data = dashboard.data;
  const receivedAt = dashboard.dataUpdatedAt;
  // Six panels read best three abreast; the four of the staff view two by two.
  const span = { base: 12, md: 6, lg: companyPanels.length > 0 ? 4 : 6 };
  // Hours first (issue 15): the balance, the work running now, recent requests; on a
  // phone these fill the first screens, and the company's details come after.
  const panels: ReactNode[] = [
    <PackagePanel key="package" dashboard={data} receivedAt={receivedAt} />,
    <ActiveTasksPanel key="active" dashboard={data} receivedAt={receivedAt} />,
    <RecentRequestsPanel key="recent" canSubmit={canSubmit} companyId={companyId} />,
    <PastTasksPanel key="past" dashboard={data} companyId={companyId} />,
    ...companyPanels,
  ];
  return (
    <Stack gap="lg">
      {dashboard.isError && !data && (
        <QueryError
          error={dashboard.error}
          title={t('dashboard.loadFailed')}
          onRetry={() => void dashboard.refetch()}
        />
      )}
      <Grid gap="lg">
        {panels.map((panel, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, in a fixed order
          <Grid.Col key={index} span={span}>
            {panel}
          </Grid.Col>
        ))}
      </Grid>
      <UsagePanel dashboard={data} />
      {data && (
        <Suspense fallback={null}>
          <HoursEconomicsPanel companyId={data.company.id} />
        </Suspense>
      )}
      {data && <LateCorrectionsPanel corrections={data.lateCorrections} />}
    </Stack>
  );
}
