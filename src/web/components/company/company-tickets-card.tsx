import { Anchor, Button, Divider, Flex, Group, Skeleton, Stack, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useTickets } from '../../api/tickets';
import { EmptyPlaceholder } from '../feedback/empty-placeholder';
import { QueryError } from '../feedback/query-error';
import { IconInbox } from '../icons';
import { RelativeTime } from '../tickets/relative-time';
import { TicketStatusBadge } from '../tickets/ticket-status-badge';
import { SectionCard } from './section-card';

const RECENT = 5;
const NOWRAP = { whiteSpace: 'nowrap' } as const;

/** «Πρόσφατα αιτήματα» of a company (staff): the latest five, each opening its ticket. */
export function CompanyTicketsCard({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const tickets = useTickets({ companyId, state: 'all', pageSize: RECENT });
  const allPath = `/staff/tickets?tab=all&company=${encodeURIComponent(companyId)}`;
  return (
    <SectionCard
      title={t('companies.tickets.title')}
      icon={<IconInbox />}
      actions={
        <Button variant="subtle" size="xs" onClick={() => navigate(allPath)}>
          {t('companies.tickets.viewAll')}
        </Button>
      }
    >
      {tickets.isPending ? (
        <Stack gap="sm">
          {[1, 2, 3].map((row) => (
            <Skeleton key={row} h={40} radius="sm" />
          ))}
        </Stack>
      ) : tickets.isError ? (
        <QueryError
          error={tickets.error}
          title={t('companies.tickets.loadFailed')}
          onRetry={() => void tickets.refetch()}
        />
      ) : tickets.data.items.length === 0 ? (
        <EmptyPlaceholder
          size="sm"
          quiet
          order={3}
          icon={<IconInbox />}
          title={t('companies.tickets.emptyTitle')}
          description={t('companies.tickets.emptyText')}
        />
      ) : (
        <Stack gap={0}>
          {tickets.data.items.map((ticket, index) => (
            <Fragment key={ticket.id}>
              {index > 0 && <Divider />}
              {/* On a phone the status moves under the subject, which keeps the width for two lines. */}
              <Group justify="space-between" gap="sm" py="xs" wrap="nowrap">
                <Stack gap={4} miw={0}>
                  <Anchor
                    component={Link}
                    to={`/tickets/${ticket.number}`}
                    fw={600}
                    size="sm"
                    c="var(--mantine-color-text)"
                    lineClamp={2}
                    title={ticket.subject}
                  >
                    <Text span c="dimmed" className="aitima-figures" size="sm" mr={6}>
                      #{ticket.number}
                    </Text>
                    {ticket.subject}
                  </Anchor>
                  <Flex gap={6} rowGap={2} wrap="wrap" align="center">
                    <TicketStatusBadge status={ticket.status} forStaff size="sm" hiddenFrom="sm" />
                    <Text size="xs" c="dimmed">
                      {ticket.requester.name} ·{' '}
                      <RelativeTime value={ticket.lastActivityAt} inherit span style={NOWRAP} />
                    </Text>
                  </Flex>
                </Stack>
                <TicketStatusBadge status={ticket.status} forStaff visibleFrom="sm" />
              </Group>
            </Fragment>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}
