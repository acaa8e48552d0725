import { Anchor, Skeleton, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCompanyBreaches } from '../../api/targets';
import { currentLocale } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { SectionCard } from '../company/section-card';
import { QueryError } from '../feedback/query-error';
import { IconClock } from '../icons';

/** «Χαμένοι στόχοι αυτού του μήνα» on a company's page (staff): each missed target, with its ticket. */
export function CompanyBreachesCard({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const breaches = useCompanyBreaches(companyId);
  return (
    <SectionCard title={t('targets.breaches.title')} icon={<IconClock />}>
      {breaches.isPending ? (
        <Skeleton h={40} radius="sm" />
      ) : breaches.isError ? (
        <QueryError
          error={breaches.error}
          title={t('targets.breaches.loadFailed')}
          onRetry={() => void breaches.refetch()}
        />
      ) : breaches.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('targets.breaches.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table verticalSpacing={4} data-testid="company-breaches">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('targets.breaches.ticket')}</Table.Th>
                <Table.Th>{t('targets.breaches.target')}</Table.Th>
                <Table.Th>{t('targets.breaches.due')}</Table.Th>
                <Table.Th>{t('targets.breaches.metAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {breaches.data.items.map((breach) => (
                <Table.Tr key={`${breach.ticketNumber}-${breach.kind}`}>
                  <Table.Td>
                    <Anchor
                      component={Link}
                      to={`/tickets/${breach.ticketNumber}`}
                      size="sm"
                      lineClamp={1}
                      title={breach.subject}
                    >
                      #{breach.ticketNumber} {breach.subject}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{t(`targets.kinds.${breach.kind}`)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {formatDateTime(breach.dueAt, locale)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text
                      size="sm"
                      c={breach.metAt ? undefined : 'red.8'}
                      style={{ whiteSpace: 'nowrap' }}
                    >
                      {breach.metAt
                        ? formatDateTime(breach.metAt, locale)
                        : t('targets.breaches.notYet')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </SectionCard>
  );
}
