import { Anchor, Divider, Group, Stack, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTickets } from '../../api/tickets';
import { EmptyPlaceholder } from '../feedback/empty-placeholder';
import { QueryError } from '../feedback/query-error';
import { IconInbox, IconPlus } from '../first-screen-icons';
import { RelativeTime } from '../tickets/relative-time';
import { TicketStatusBadge } from '../tickets/ticket-status-badge';
import { DashboardPanel } from './dashboard-panel';
import { PanelAction } from './panel-action';
import { PanelSkeleton } from './panel-skeleton';

interface RecentRequestsPanelProps {
  /** Customers who may open tickets get «Νέο αίτημα». */
  canSubmit: boolean;
  /** Staff looking at one company's screen: its tickets only, with staff wording. */
  companyId?: string;
}

/** (4) «Πρόσφατα αιτήματα»: the latest requests and their status, and «Νέο αίτημα». */
export function RecentRequestsPanel({ canSubmit, companyId }: RecentRequestsPanelProps) {
  const { t } = useTranslation();
  const forStaff = companyId !== undefined;
  const tickets = useTickets({ state: 'all', pageSize: 5, sort: 'lastActivity', companyId });
  const items = tickets.data?.items;
  const allPath = forStaff
    ? `/staff/tickets?tab=all&company=${encodeURIComponent(companyId)}`
    : '/tickets?tab=all';
  const actions = (
    <>
      {canSubmit && (
        <PanelAction
          to="/tickets/new"
          icon={<IconPlus size={16} />}
          label={t('dashboard.recent.new')}
        />
      )}
      <Anchor component={Link} to={allPath} size="sm" fw={600}>
        {t('dashboard.recent.viewAll')}
      </Anchor>
    </>
  );
  return (
    <DashboardPanel title={t('dashboard.recent.title')} icon={<IconInbox />} actions={actions}>
      {tickets.isPending ? (
        <PanelSkeleton rows={4} />
      ) : tickets.isError ? (
        <QueryError
          error={tickets.error}
          title={t('tickets.list.loadFailed')}
          onRetry={() => void tickets.refetch()}
        />
      ) : !items || items.length === 0 ? (
        <EmptyPlaceholder
          size="sm"
          quiet
          order={3}
          icon={<IconInbox />}
          title={t('dashboard.recent.emptyTitle')}
          description={t('dashboard.recent.emptyText')}
        />
      ) : (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {items.map((ticket, index) => (
            <Fragment key={ticket.id}>
              {index > 0 && <Divider component="li" aria-hidden="true" />}
              <Stack gap={2} component="li">
                <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                  <Anchor
                    component={Link}
                    to={`/tickets/${ticket.number}`}
                    size="sm"
                    fw={600}
                    style={{ minWidth: 0, overflowWrap: 'anywhere' }}
                  >
                    <Text span c="dimmed" className="aitima-figures" size="sm">
                      #{ticket.number}
                    </Text>{' '}
                    {ticket.subject}
                  </Anchor>
                  <TicketStatusBadge status={ticket.status} forStaff={forStaff} size="sm" />
                </Group>
                <RelativeTime value={ticket.lastActivityAt} size="xs" c="dimmed" w="fit-content" />
              </Stack>
            </Fragment>
          ))}
        </Stack>
      )}
    </DashboardPanel>
  );
}
