import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../shared/api/dashboard';
import { currentLocale } from '../../i18n';
import { formatHoursDecimal } from '../hours/hours-format';
import { formatMonth } from '../hours/period-text';

/** The chart's numbers as a table: one row per month, one column per package, and the total. */
export function UsageTable({ usage }: { usage: Dashboard['monthlyUsage'] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const showTotal = usage.series.length > 1;
  return (
    <Table.ScrollContainer minWidth={320}>
      <Table striped withTableBorder fz="sm" verticalSpacing={6}>
        <Table.Caption>{t('dashboard.usage.tableCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('dashboard.usage.month')}</Table.Th>
            {usage.series.map((series) => (
              <Table.Th key={series.subscriptionId} scope="col" ta="right">
                {series.packageName}
              </Table.Th>
            ))}
            {showTotal && (
              <Table.Th scope="col" ta="right">
                {t('dashboard.usage.total')}
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {usage.months.map((month, index) => (
            <Table.Tr key={month}>
              <Table.Th scope="row" fw={500}>
                {formatMonth(month, locale)}
              </Table.Th>
              {usage.series.map((series) => (
                <Table.Td key={series.subscriptionId} ta="right" className="aitima-figures">
                  {formatHoursDecimal(series.minutes[index] ?? 0)}
                </Table.Td>
              ))}
              {showTotal && (
                <Table.Td ta="right" className="aitima-figures" fw={600}>
                  {formatHoursDecimal(
                    usage.series.reduce((sum, s) => sum + (s.minutes[index] ?? 0), 0),
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
