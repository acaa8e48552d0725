import { Box, Button, Group, Pagination, Skeleton, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketList } from '../../../shared/api/tickets';
import { hasFilters, type TicketListParams } from '../../lib/ticket-list-params';
import { EmptyPlaceholder } from '../feedback/empty-placeholder';
import { QueryError } from '../feedback/query-error';
import { IconInbox, IconSearch } from '../icons';
import { TicketCards } from './ticket-cards';
import { TicketTable } from './ticket-table';
import { useQueueKeys } from './use-queue-keys';

interface TicketResultsProps {
  result: UseQueryResult<TicketList>;
  params: TicketListParams;
  forStaff: boolean;
  onChange: (change: Partial<TicketListParams>, options?: { replace?: boolean }) => void;
}

/** One page of tickets (a table from tablets up, cards on phones), its count and its pages. */
export function TicketResults({ result, params, forStaff, onChange }: TicketResultsProps) {
  const { t, i18n } = useTranslation();
  const data = result.data;
  const pageCount = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  const selectedIndex = useQueueKeys(data?.items ?? [], forStaff);

  // A page past the end (fewer tickets since, or an edited address): go to the last one.
  useEffect(() => {
    if (data && data.total > 0 && params.page > pageCount) {
      onChange({ page: pageCount }, { replace: true });
    }
  }, [data, params.page, pageCount, onChange]);

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
        title={t('tickets.list.loadFailed')}
        onRetry={() => void result.refetch()}
      />
    );
  }
  if (result.data.items.length === 0) {
    const filtered = hasFilters(params);
    return (
      <EmptyPlaceholder
        order={2}
        icon={filtered ? <IconSearch size={28} /> : <IconInbox size={28} />}
        title={t(filtered ? 'tickets.list.noMatchesTitle' : `tickets.list.empty.${params.state}`)}
        description={t(filtered ? 'tickets.list.noMatchesText' : 'tickets.list.emptyText')}
      >
        {filtered && (
          <Button
            variant="light"
            onClick={() =>
              onChange({
                q: '',
                status: undefined,
                companyId: undefined,
                subscriptionId: undefined,
                assigneeId: undefined,
                mine: false,
                unassigned: false,
                overdue: false,
              })
            }
          >
            {t('tickets.list.clearFilters')}
          </Button>
        )}
      </EmptyPlaceholder>
    );
  }

  const { items, total, isTotalCapped, page, pageSize } = result.data;
  const first = (page - 1) * pageSize + 1;
  return (
    <Stack gap="md" style={{ opacity: result.isPlaceholderData ? 0.6 : 1 }}>
      {/* Cards up to laptops (1200 px): a table there would squeeze the subject or scroll. */}
      <Box visibleFrom="lg">
        <TicketTable tickets={items} forStaff={forStaff} selectedIndex={selectedIndex} />
      </Box>
      <Box hiddenFrom="lg">
        <TicketCards tickets={items} forStaff={forStaff} />
      </Box>
      <Group justify="space-between" gap="sm">
        <Text size="sm" c="dimmed" aria-live="polite">
          {total <= pageSize
            ? t('tickets.list.count', { count: total })
            : isTotalCapped
              ? t('tickets.list.showingCapped', {
                  first,
                  last: first + items.length - 1,
                  total: total.toLocaleString(i18n.language),
                })
              : t('tickets.list.showing', { first, last: first + items.length - 1, count: total })}
        </Text>
        {forStaff && (
          <Text size="xs" c="dimmed" visibleFrom="lg">
            {t('agentQueue.keys')}
          </Text>
        )}
        <Pagination
          total={pageCount}
          value={page}
          onChange={(next) =>
            // «Next» follows the server's cursor; a numbered page is fetched by its number.
            onChange(
              next === page + 1 && result.data.nextCursor
                ? { page: next, cursor: result.data.nextCursor }
                : { page: next },
            )
          }
          hideWithOnePage
          size="sm"
          siblings={1}
          getControlProps={(control) => ({ 'aria-label': t(`tickets.list.pages.${control}`) })}
          getItemProps={(number) => ({ 'aria-label': t('tickets.list.pages.page', { number }) })}
        />
      </Group>
    </Stack>
  );
}
