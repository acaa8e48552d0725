import { Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatHours } from '../hours/hours-format';
import { IconClock } from '../icons';
import { DueTime } from '../targets/due-time';
import { RelativeTime } from './relative-time';
import {
  TicketNeedsPackageBadge,
  TicketNewsBadge,
  TicketPriorityBadge,
  TicketStatusBadge,
} from './ticket-status-badge';
import { type TicketRowsProps, ticketPath } from './ticket-table';

/** The list as cards, for phones: every field stays readable without scrolling sideways. */
export function TicketCards({ tickets, forStaff }: TicketRowsProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      {tickets.map((ticket) => (
        <Card
          key={ticket.id}
          component={Link}
          to={ticketPath(ticket.number)}
          padding="md"
          radius="md"
          style={{ color: 'inherit', textDecoration: 'none' }}
        >
          <Group justify="space-between" wrap="nowrap" mb={6}>
            <Text size="sm" c="dimmed" className="aitima-figures">
              #{ticket.number}
            </Text>
            <Group gap={6} wrap="nowrap">
              {ticket.hasNews && <TicketNewsBadge size="sm" />}
              {forStaff && ticket.priority !== 'normal' && ticket.priority !== 'low' && (
                <TicketPriorityBadge priority={ticket.priority} size="sm" />
              )}
              <TicketStatusBadge status={ticket.status} forStaff={forStaff} />
            </Group>
          </Group>
          <Text fw={650} lh={1.35} style={{ overflowWrap: 'anywhere' }}>
            {ticket.subject}
          </Text>
          <Text size="sm" c="dimmed" mt={4}>
            {[
              forStaff ? ticket.company.name : null,
              forStaff && ticket.needsPackage
                ? null
                : (ticket.packageName ?? t('tickets.list.noPackage')),
              ticket.requester.name,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          {forStaff && ticket.needsPackage && <TicketNeedsPackageBadge size="sm" mt={6} />}
          <Group justify="space-between" mt="xs" gap="xs">
            <RelativeTime value={ticket.lastActivityAt} size="sm" c="dimmed" />
            <Group gap={4} wrap="nowrap" c="dimmed" title={t('tickets.list.timeSpentHint')}>
              <IconClock size={16} />
              <Text size="sm" className="aitima-figures">
                {formatHours(ticket.minutesSpent)}
              </Text>
            </Group>
          </Group>
          {forStaff && ticket.due && (
            <Group gap={4} mt={4} wrap="nowrap">
              <Text size="xs" c="dimmed">
                {t('targets.dueColumn')}:
              </Text>
              <DueTime due={ticket.due} />
            </Group>
          )}
          {forStaff && (
            <Text size="xs" c="dimmed" mt={4}>
              {t('tickets.list.columns.assignee')}:{' '}
              {ticket.assignee?.name ?? t('tickets.list.unassigned')}
            </Text>
          )}
        </Card>
      ))}
    </Stack>
  );
}
