import { Skeleton, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RatingReportQuery } from '../../../shared/api/ticket-ratings';
import { useRatingReport } from '../../api/ticket-ratings';
import { currentLocale } from '../../i18n';
import { QueryError } from '../feedback/query-error';
import { formatMonth } from '../hours/period-text';

/**
 * Good and bad ratings per month (of the closing) and the percent good, by company
 * or by agent; `showName` off when the table is about one company already.
 */
export function RatingReportTable({
  query,
  showName = true,
}: {
  query: Partial<RatingReportQuery>;
  showName?: boolean;
}) {
  const { t } = useTranslation();
  const report = useRatingReport(query);
  const locale = currentLocale();
  if (report.isPending) return <Skeleton h={80} radius="sm" />;
  if (report.isError) {
    return <QueryError error={report.error} onRetry={() => void report.refetch()} />;
  }
  if (report.data.items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('rating.report.empty')}
      </Text>
    );
  }
  const nameHeader = query.by === 'agent' ? t('rating.report.agent') : t('rating.report.company');
  return (
    <Table.ScrollContainer minWidth={360}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('rating.report.month')}</Table.Th>
            {showName && <Table.Th>{nameHeader}</Table.Th>}
            <Table.Th ta="right">{t('rating.values.good')}</Table.Th>
            <Table.Th ta="right">{t('rating.values.bad')}</Table.Th>
            <Table.Th ta="right">{t('rating.report.goodPercent')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.data.items.map((row) => (
            <Table.Tr key={`${row.month}-${row.id ?? 'none'}`}>
              <Table.Td>{formatMonth(row.month, locale)}</Table.Td>
              {showName && <Table.Td>{row.name ?? t('rating.report.noAgent')}</Table.Td>}
              <Table.Td ta="right">{row.good}</Table.Td>
              <Table.Td ta="right">{row.bad}</Table.Td>
              <Table.Td ta="right">{`${row.goodPercent}%`}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
