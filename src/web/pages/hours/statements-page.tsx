import { Anchor, Group, Paper, Skeleton, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMe } from '../../api/auth';
import { useStatements } from '../../api/ledger';
import { EmptyPlaceholder } from '../../components/feedback/empty-placeholder';
import { PageHeader } from '../../components/feedback/page-header';
import { QueryError } from '../../components/feedback/query-error';
import { formatHoursDecimal } from '../../components/hours/hours-format';
import { formatPeriodDays } from '../../components/hours/period-text';
import { IconFile } from '../../components/icons';
import { currentLocale } from '../../i18n';
import { formatDate } from '../../lib/format';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * «Καταστάσεις ωρών»: the statement of every ended period of the company's
 * packages, as issued (PDF, CSV). Staff reach a company's from its page (?company=…).
 */
export default function StatementsPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const me = useMe().data;
  const [search] = useSearchParams();
  const requested = search.get('company');
  const companyId =
    me?.abilities.useStaffConsole && requested && UUID.test(requested) ? requested : undefined;
  const statements = useStatements(companyId);

  return (
    <>
      <PageHeader title={t('statements.title')} subtitle={t('statements.subtitle')} />
      <Paper withBorder shadow="xs" p="md">
        {statements.isPending ? (
          <Skeleton h={88} radius="sm" aria-busy="true" aria-label={t('common.loading')} />
        ) : statements.isError ? (
          <QueryError
            error={statements.error}
            title={t('statements.loadFailed')}
            onRetry={() => void statements.refetch()}
          />
        ) : statements.data.items.length === 0 ? (
          <EmptyPlaceholder
            order={2}
            icon={<IconFile size={28} />}
            title={t('statements.emptyTitle')}
            description={t('statements.emptyText')}
          />
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="xs" aria-label={t('statements.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('statements.columns.period')}</Table.Th>
                  <Table.Th>{t('statements.columns.package')}</Table.Th>
                  <Table.Th ta="right">{t('statements.columns.allowance')}</Table.Th>
                  <Table.Th ta="right">{t('statements.columns.charged')}</Table.Th>
                  <Table.Th ta="right">{t('statements.columns.corrections')}</Table.Th>
                  <Table.Th ta="right">{t('statements.columns.closing')}</Table.Th>
                  <Table.Th ta="right">{t('statements.columns.overage')}</Table.Th>
                  <Table.Th>{t('statements.columns.files')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {statements.data.items.map(({ id, issuedAt, figures }) => (
                  <Table.Tr key={id} data-testid="statement-row">
                    <Table.Td>
                      <Text size="sm">
                        {formatPeriodDays(
                          t,
                          { startDate: figures.periodStartDate, lastDate: figures.periodLastDate },
                          locale,
                        )}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t('statements.issued', { date: formatDate(issuedAt, locale) })}
                      </Text>
                    </Table.Td>
                    <Table.Td>{figures.packageName}</Table.Td>
                    <Table.Td ta="right" className="aitima-figures">
                      {formatHoursDecimal(figures.allowanceMinutes)}
                    </Table.Td>
                    <Table.Td ta="right" className="aitima-figures">
                      {formatHoursDecimal(figures.chargedMinutes + figures.adjustmentMinutes)}
                    </Table.Td>
                    <Table.Td ta="right" className="aitima-figures">
                      {formatHoursDecimal(figures.correctionMinutes)}
                    </Table.Td>
                    <Table.Td
                      ta="right"
                      className="aitima-figures"
                      fw={700}
                      data-testid="closing-balance"
                    >
                      {formatHoursDecimal(figures.closingBalanceMinutes)}
                    </Table.Td>
                    <Table.Td
                      ta="right"
                      className="aitima-figures"
                      c={figures.overageMinutes > 0 ? 'red.8' : undefined}
                    >
                      {formatHoursDecimal(figures.overageMinutes)}
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Anchor href={`/api/statements/${id}/pdf`} download size="sm">
                          PDF
                        </Anchor>
                        <Anchor href={`/api/statements/${id}/csv`} download size="sm">
                          CSV
                        </Anchor>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
    </>
  );
}
