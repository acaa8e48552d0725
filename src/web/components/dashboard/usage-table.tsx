import { Badge, Group, Stack, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../shared/api/dashboard';
import { currentLocale } from '../../i18n';
import { formatHoursDecimal } from '../hours/hours-format';
import { formatPeriodDays } from '../hours/period-text';

/** The chart's numbers as tables: per package, one row per billing period, the current marked. */
export function UsageTable({ usage }: { usage: Dashboard['periodUsage'] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Stack gap="lg">
      {usage.series.map((series) => (
        <Table.ScrollContainer key={series.subscriptionId} minWidth={300}>
          <Table striped withTableBorder fz="sm" verticalSpacing={6} captionSide="top">
            <Table.Caption>
              {t('glance.usage.tableCaption', { packageName: series.packageName })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('glance.usage.period')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('glance.usage.used')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('glance.usage.allowance')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {series.periods.map((period) => (
                <Table.Tr key={period.startDate} data-testid="usage-period-row">
                  <Table.Th scope="row" fw={period.isCurrent ? 700 : 500}>
                    <Group gap="xs" wrap="wrap">
                      {formatPeriodDays(t, period, locale)}
                      {period.isCurrent && (
                        <Badge size="xs" variant="light" tt="none">
                          {t('glance.usage.current')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Th>
                  <Table.Td
                    ta="right"
                    className="aitima-figures"
                    c={period.usedMinutes > period.allowanceMinutes ? 'red.8' : undefined}
                  >
                    {formatHoursDecimal(period.usedMinutes)}
                  </Table.Td>
                  <Table.Td ta="right" className="aitima-figures">
                    {formatHoursDecimal(period.allowanceMinutes)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ))}
    </Stack>
  );
}
