import {
  Anchor,
  Badge,
  Box,
  Card,
  Group,
  Skeleton,
  Stack,
  Table,
  Text,
  UnstyledButton,
} from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { type MouseEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { CompanyListItem as Company } from '../../../shared/api/companies';
import { CompanyUsageCell, usageRatio } from '../agent-day/company-usage-cell';
import { EmptyPlaceholder } from '../feedback/empty-placeholder';
import { QueryError } from '../feedback/query-error';
import { IconBuilding, IconSearch } from '../icons';

export const staffCompanyPath = (id: string) => `/staff/companies/${id}`;

interface CompanyResultsProps {
  result: UseQueryResult<{ items: Company[] }>;
  isFiltered: boolean;
}

const NOWRAP = { whiteSpace: 'nowrap' } as const;

function ArchivedBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="gray" variant="light" radius="sm" tt="none" size="sm">
      {t('companies.archived')}
    </Badge>
  );
}

/** The staff list of companies: a table from tablets up, cards on phones; a row opens the company. */
export function CompanyResults({ result, isFiltered }: CompanyResultsProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // By name (the server's order) or by package usage, highest first.
  const [byUsage, setByUsage] = useState(false);
  if (result.isPending) {
    return (
      <Stack gap="sm" aria-busy="true" aria-label={t('common.loading')}>
        {[1, 2, 3, 4].map((row) => (
          <Skeleton key={row} h={44} radius="sm" />
        ))}
      </Stack>
    );
  }
  if (result.isError) {
    return (
      <QueryError
        error={result.error}
        title={t('companies.list.loadFailed')}
        onRetry={() => void result.refetch()}
      />
    );
  }
  const companies = byUsage
    ? [...result.data.items].sort(
        (a, b) => (usageRatio(b.usage) ?? -1) - (usageRatio(a.usage) ?? -1),
      )
    : result.data.items;
  if (companies.length === 0) {
    return (
      <EmptyPlaceholder
        order={2}
        icon={isFiltered ? <IconSearch size={28} /> : <IconBuilding size={28} />}
        title={t(isFiltered ? 'companies.list.noMatchesTitle' : 'companies.list.emptyTitle')}
        description={t(isFiltered ? 'companies.list.noMatchesText' : 'companies.list.emptyText')}
      />
    );
  }
  const openRow = (event: MouseEvent<HTMLTableRowElement>, id: string) => {
    if ((event.target as HTMLElement).closest('a') || window.getSelection()?.toString()) return;
    navigate(staffCompanyPath(id));
  };
  const place = (company: Company) => [company.city, company.phone].filter(Boolean).join(' · ');

  return (
    <Stack gap="sm" style={{ opacity: result.isPlaceholderData ? 0.6 : 1 }}>
      <Box visibleFrom="sm">
        <Table highlightOnHover verticalSpacing="sm" horizontalSpacing="md">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('company.fields.legalName')}</Table.Th>
              <Table.Th>{t('company.fields.vatNumber')}</Table.Th>
              <Table.Th>{t('company.fields.city')}</Table.Th>
              <Table.Th>{t('company.fields.email')}</Table.Th>
              <Table.Th aria-sort={byUsage ? 'descending' : 'none'}>
                <UnstyledButton
                  onClick={() => setByUsage((current) => !current)}
                  fz="sm"
                  fw={700}
                  title={t('agentDay.balance.sortByUsage')}
                >
                  {t('agentDay.balance.usage')} {byUsage ? '↓' : '↕'}
                </UnstyledButton>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {companies.map((company) => (
              <Table.Tr
                key={company.id}
                onClick={(event) => openRow(event, company.id)}
                style={{ cursor: 'pointer' }}
              >
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Anchor component={Link} to={staffCompanyPath(company.id)} fw={600} size="sm">
                      {company.legalName}
                    </Anchor>
                    {company.isArchived && <ArchivedBadge />}
                  </Group>
                  {company.tradeName && (
                    <Text size="xs" c="dimmed">
                      {company.tradeName}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text
                    size="sm"
                    className={company.vatNumber ? 'aitima-figures' : undefined}
                    style={NOWRAP}
                  >
                    {company.vatNumber ?? t('common.notSet')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{company.city ?? t('common.notSet')}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {company.email ?? t('common.notSet')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <CompanyUsageCell usage={company.usage} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
      <Stack gap="sm" hiddenFrom="sm">
        {companies.map((company) => (
          <Card
            key={company.id}
            component={Link}
            to={staffCompanyPath(company.id)}
            padding="md"
            radius="md"
            style={{ color: 'inherit', textDecoration: 'none' }}
          >
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Text fw={650} style={{ overflowWrap: 'anywhere' }}>
                {company.legalName}
              </Text>
              {company.isArchived && <ArchivedBadge />}
            </Group>
            <Text size="sm" c="dimmed" mt={4}>
              {[
                company.vatNumber && `${t('company.fields.vatNumber')} ${company.vatNumber}`,
                place(company),
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </Card>
        ))}
      </Stack>
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('companies.list.count', { count: companies.length })}
      </Text>
    </Stack>
  );
}
