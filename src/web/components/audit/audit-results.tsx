import { Box, Group, Pagination, Skeleton, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditList } from '../../api/audit';
import { EmptyPlaceholder } from '../feedback/empty-placeholder';
import { QueryError } from '../feedback/query-error';
import { IconHistory } from '../icons';
import { AuditCards } from './audit-cards';
import { AuditTable } from './audit-table';

interface AuditResultsProps {
  result: UseQueryResult<AuditList>;
  onPage: (page: number) => void;
  onFilterUser: (userId: string) => void;
}

/** One page of the audit log (a table from tablets up, cards on phones), its count and pages. */
export function AuditResults({ result, onPage, onFilterUser }: AuditResultsProps) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const toggle = (id: number) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  if (result.isPending) {
    return (
      <Stack gap="sm" aria-busy="true" aria-label={t('common.loading')}>
        {[1, 2, 3, 4, 5].map((row) => (
          <Skeleton key={row} h={44} radius="sm" />
        ))}
      </Stack>
    );
  }
  if (result.isError) {
    return (
      <QueryError
        error={result.error}
        title={t('audit.loadFailed')}
        onRetry={() => void result.refetch()}
      />
    );
  }
  const { items, total, page, pageSize } = result.data;
  if (items.length === 0) {
    return (
      <EmptyPlaceholder
        order={2}
        icon={<IconHistory size={28} />}
        title={t('audit.emptyTitle')}
        description={t('audit.emptyText')}
      />
    );
  }
  const rows = { entries: items, expanded, onToggle: toggle, onFilterUser };
  const first = (page - 1) * pageSize + 1;
  return (
    <Stack gap="md" style={{ opacity: result.isPlaceholderData ? 0.6 : 1 }}>
      <Box visibleFrom="sm">
        <AuditTable {...rows} />
      </Box>
      <Box hiddenFrom="sm">
        <AuditCards {...rows} />
      </Box>
      <Group justify="space-between" gap="sm">
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('audit.showing', { first, last: first + items.length - 1, count: total })}
        </Text>
        <Pagination
          total={Math.max(1, Math.ceil(total / pageSize))}
          value={page}
          onChange={onPage}
          hideWithOnePage
          size="sm"
          siblings={1}
          getControlProps={(control) => ({ 'aria-label': t(`audit.pages.${control}`) })}
          getItemProps={(number) => ({ 'aria-label': t('audit.pages.page', { number }) })}
        />
      </Group>
    </Stack>
  );
}
