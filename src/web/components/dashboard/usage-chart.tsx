import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../shared/api/dashboard';
import { minutesToHours } from '../../../shared/hours';
import { currentLocale } from '../../i18n';
import { formatHours } from '../hours/hours-format';
import { formatMonth } from '../hours/period-text';

// Enough distinct, calm colours for a company's packages; they repeat past six.
const COLORS = ['harbour.6', 'teal.6', 'orange.6', 'grape.6', 'yellow.6', 'cyan.7'];

/** The bar chart of hours per month, one stacked colour per package (loaded with its panel only). */
export default function UsageChart({ usage }: { usage: Dashboard['monthlyUsage'] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const data = usage.months.map((month, index) => {
    const row: Record<string, string | number> = { month: formatMonth(month, locale, 'short') };
    usage.series.forEach((series, position) => {
      row[`p${position}`] = minutesToHours(series.minutes[index] ?? 0);
    });
    return row;
  });
  return (
    <BarChart
      h={260}
      data={data}
      dataKey="month"
      type="stacked"
      withLegend={usage.series.length > 1}
      legendProps={{ verticalAlign: 'bottom' }}
      series={usage.series.map((series, position) => ({
        name: `p${position}`,
        label: series.packageName,
        color: COLORS[position % COLORS.length],
      }))}
      valueFormatter={(hours) => formatHours(Math.round(hours * 60))}
      yAxisLabel={t('dashboard.usage.axis')}
      tickLine="y"
      // Whole hours on the axis (0:00, 1:00 …); the tooltip has the exact h:mm.
      yAxisProps={{ allowDecimals: false }}
      maxBarWidth={36}
      // The wrapper is one labelled image (and the table view has the numbers): no inner tab stops.
      accessibilityLayer={false}
    />
  );
}
