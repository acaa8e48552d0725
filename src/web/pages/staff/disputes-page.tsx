import { Anchor, Paper, SegmentedControl, Skeleton, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDisputeQueue } from '../../api/ledger';
import { EmptyPlaceholder } from '../../components/feedback/empty-placeholder';
import { PageHeader } from '../../components/feedback/page-header';
import { QueryError } from '../../components/feedback/query-error';
import { IconMessages } from '../../components/icons';
import { LedgerTable } from '../../components/ledger/ledger-table';

type Status = 'open' | 'corrected' | 'explained';

/** «Αμφισβητήσεις» (staff): questioned ledger lines of every company, answered in their thread. */
export default function DisputesPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Status>('open');
  const queue = useDisputeQueue(status);
  return (
    <>
      <PageHeader title={t('ledger.queue.title')} subtitle={t('ledger.queue.subtitle')} />
      <Paper withBorder shadow="xs" p="md">
        <Stack gap="md">
          <SegmentedControl
            value={status}
            onChange={(value) => setStatus(value as Status)}
            data={(['open', 'corrected', 'explained'] as const).map((value) => ({
              value,
              label: t(`ledger.dispute.status.${value}`),
            }))}
          />
          {queue.isPending ? (
            <Skeleton h={88} radius="sm" />
          ) : queue.isError ? (
            <QueryError
              error={queue.error}
              title={t('ledger.loadFailed')}
              onRetry={() => void queue.refetch()}
            />
          ) : queue.data.items.length === 0 ? (
            <EmptyPlaceholder
              order={2}
              icon={<IconMessages size={28} />}
              title={t('ledger.queue.emptyTitle')}
              description={t('ledger.queue.emptyText')}
            />
          ) : (
            queue.data.items.map((item) => (
              <Stack key={item.dispute.id} gap={4}>
                <Anchor component={Link} to={`/hours?company=${item.company.id}`} fw={600}>
                  {item.company.name}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {item.entry.packageName}
                </Text>
                <LedgerTable entries={[item.entry]} canReply canResolve onDispute={() => {}} />
              </Stack>
            ))
          )}
        </Stack>
      </Paper>
    </>
  );
}
