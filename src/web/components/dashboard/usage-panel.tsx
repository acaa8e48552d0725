import { Box, Group, SegmentedControl, Skeleton, Text } from '@mantine/core';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../shared/api/dashboard';
import { currentLocale } from '../../i18n';
import { markFirstScreenShown } from '../../lib/deferred-module';
import { useAfterPaint } from '../../lib/use-after-paint';
import { EmptyPlaceholder } from '../feedback/empty-placeholder';
import { IconChartBar } from '../first-screen-icons';
import { formatHours } from '../hours/hours-format';
import { formatMonth } from '../hours/period-text';
import { DashboardPanel } from './dashboard-panel';

// recharts is big (~120 kB gzipped): it loads after the rest of the central screen has been
// painted (the hours first), and never elsewhere.
const UsageChart = lazy(() => import('./usage-chart'));
// The table is a click away (Mantine's Table brings a scroll area and its positioning code).
const UsageTable = lazy(() =>
  import('./usage-table').then((module) => ({ default: module.UsageTable })),
);

type View = 'chart' | 'table';

/** A sentence for screen readers: the total of each month, in order. */
function chartSummary(usage: Dashboard['monthlyUsage']): string {
  const locale = currentLocale();
  return usage.months
    .map((month, index) => {
      const minutes = usage.series.reduce((sum, series) => sum + (series.minutes[index] ?? 0), 0);
      return `${formatMonth(month, locale)}: ${formatHours(minutes)}`;
    })
    .join(', ');
}

/** «Ώρες ανά μήνα»: billable hours of the last 12 months per package, as a chart or a table. */
export function UsagePanel({ dashboard }: { dashboard: Dashboard | undefined }) {
  const { t } = useTranslation();
  const [view, setView] = useState<View>('chart');
  const usage = dashboard?.monthlyUsage;
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
    <DashboardPanel title={t('dashboard.usage.title')} icon={<IconChartBar />}>
      {!usage ? (
        <Skeleton h={260} radius="sm" />
      ) : usage.series.length === 0 ? (
        <EmptyPlaceholder
          size="sm"
          quiet
          order={3}
          icon={<IconChartBar />}
          title={t('dashboard.usage.emptyTitle')}
          description={t('dashboard.usage.emptyText')}
        />
      ) : (
        <>
          <Group justify="space-between" gap="sm" mb="sm">
            <Text size="sm" c="dimmed">
              {t('dashboard.usage.subtitle')}
            </Text>
            {switcher}
          </Group>
          {view === 'table' ? (
            <Suspense fallback={chartPlaceholder}>
              <UsageTable usage={usage} />
            </Suspense>
          ) : (
            <Box
              role="img"
              aria-label={t('dashboard.usage.summary', { months: chartSummary(usage) })}
            >
              {figuresPainted ? (
                <Suspense fallback={chartPlaceholder}>
                  <UsageChart usage={usage} />
                </Suspense>
              ) : (
                chartPlaceholder
              )}
            </Box>
          )}
        </>
      )}
    </DashboardPanel>
  );
}
