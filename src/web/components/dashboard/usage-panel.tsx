import { Group, SegmentedControl, Skeleton, Text } from '@mantine/core';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../shared/api/dashboard';
import { markFirstScreenShown } from '../../lib/deferred-module';
import { useAfterPaint } from '../../lib/use-after-paint';
import { EmptyPlaceholder } from '../feedback/empty-placeholder';
import { IconChartBar } from '../first-screen-icons';
import { DashboardPanel } from './dashboard-panel';

// The chart (our own small SVG) loads after the rest of the central screen has been painted
// (the hours first), and never elsewhere.
const UsageChart = lazy(() => import('./usage-chart'));
// The table is a click away (Mantine's Table brings a scroll area and its positioning code).
const UsageTable = lazy(() =>
  import('./usage-table').then((module) => ({ default: module.UsageTable })),
);

type View = 'chart' | 'table';

/** «Ώρες ανά περίοδο»: each package's billing periods of the last 12 months, as a chart or a table. */
export function UsagePanel({ dashboard }: { dashboard: Dashboard | undefined }) {
  const { t } = useTranslation();
  const [view, setView] = useState<View>('chart');
  const usage = dashboard?.periodUsage;
  // The dashboard's figures come with `usage`: the chart waits until they are on screen.
  const figuresPainted = useAfterPaint(usage !== undefined);
  // The header's menus and the other texts may load now (lib/deferred-module.ts).
  useEffect(() => {
    if (figuresPainted) markFirstScreenShown();
  }, [figuresPainted]);
  const chartPlaceholder = <Skeleton h={260} radius="sm" />;
  const switcher = usage && usage.series.length > 0 && (
    <SegmentedControl
      size="xs"
      aria-label={t('dashboard.usage.view')}
      value={view}
      onChange={(value) => setView(value === 'table' ? 'table' : 'chart')}
      data={[
        { value: 'chart', label: t('dashboard.usage.chart') },
        { value: 'table', label: t('dashboard.usage.table') },
      ]}
    />
  );
  return (
    <DashboardPanel title={t('glance.usage.title')} icon={<IconChartBar />}>
      {!usage ? (
        <Skeleton h={260} radius="sm" />
      ) : usage.series.length === 0 ? (
        <EmptyPlaceholder
          size="sm"
          quiet
          order={3}
          icon={<IconChartBar />}
          title={t('dashboard.usage.emptyTitle')}
          description={t('glance.usage.emptyText')}
        />
      ) : (
        <>
          <Group justify="space-between" gap="sm" mb="sm">
            <Text size="sm" c="dimmed">
              {t('glance.usage.subtitle')}
            </Text>
            {switcher}
          </Group>
          {view === 'table' ? (
            <Suspense fallback={chartPlaceholder}>
              <UsageTable usage={usage} />
            </Suspense>
          ) : // The chart is an image with its own text alternative (usage-chart.tsx).
          figuresPainted ? (
            <Suspense fallback={chartPlaceholder}>
              <UsageChart usage={usage} />
            </Suspense>
          ) : (
            chartPlaceholder
          )}
        </>
      )}
    </DashboardPanel>
  );
}
