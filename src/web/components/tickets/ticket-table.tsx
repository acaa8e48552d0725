import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { TicketListItem } from '../../../shared/api/tickets';
import { formatHoursDecimal } from '../hours/hours-format';
import { DueTime } from '../targets/due-time';
import { RelativeTime } from './relative-time';
import {
  TicketNeedsPackageBadge,
  TicketNewsBadge,
  TicketPriorityBadge,
  TicketStatusBadge,
} from './ticket-status-badge';

export interface TicketRowsProps {
  tickets: TicketListItem[];
  /** Staff also see the company, the assignee and urgent priorities. */
  forStaff: boolean;
  /** The row chosen with j/k in the queue (staff), if any. */
  selectedIndex?: number | null;
}

export const ticketPath = (number: number) => `/tickets/${number}`;

const NOWRAP = { whiteSpace: 'nowrap' } as const;
// Below this the table scrolls sideways (with a visible scrollbar) rather than squeeze the subject.
const SUBJECT_MIN = 200;

/**
 * A package or a person: one line where there is room, two when the subject needs it
 * («Μαρία / Παπαδοπούλου»), then cut with the whole text on hover.
 */
function SideText({
  text,
  isDimmed = false,
  lines = 2,
}: {
  text: string;
  isDimmed?: boolean;
  /** The queue's compact rows keep to one line. */
  lines?: 1 | 2;
}) {
  return (
    <Text size="sm" c={isDimmed ? 'dimmed' : undefined} lineClamp={lines} title={text}>
      {text}
    </Text>
  );
}

/**
 * The list as a table (laptops and up); a whole row opens its ticket. Only the subject,
 * the package and the people wrap, so the subject gets most of the room.
 */
export function TicketTable({ tickets, forStaff, selectedIndex = null }: TicketRowsProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const openRow = (event: MouseEvent<HTMLTableRowElement>, number: number) => {
    // The subject link navigates by itself; a text selection is not a click.
    if ((event.target as HTMLElement).closest('a') || window.getSelection()?.toString()) return;
    navigate(ticketPath(number));
  };
  return (
    <Table.ScrollContainer minWidth={forStaff ? 1000 : 860} scrollAreaProps={{ type: 'auto' }}>
      {/* The queue's rows are one line each (issue 14: at least 15 on a laptop screen). */}
      <Table
        highlightOnHover
        verticalSpacing={forStaff ? 4 : 'sm'}
        horizontalSpacing="sm"
        data-testid={forStaff ? 'ticket-queue' : undefined}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th style={NOWRAP}>{t('tickets.list.columns.number')}</Table.Th>
            <Table.Th>{t('tickets.list.columns.subject')}</Table.Th>
            {forStaff && <Table.Th>{t('agentQueue.columns.customer')}</Table.Th>}
            <Table.Th>{t('tickets.list.columns.status')}</Table.Th>
            <Table.Th>{t('tickets.list.columns.package')}</Table.Th>
            {!forStaff && <Table.Th>{t('tickets.list.columns.requester')}</Table.Th>}
            {forStaff && <Table.Th style={NOWRAP}>{t('agentQueue.columns.waitingSince')}</Table.Th>}
            {forStaff && <Table.Th style={NOWRAP}>{t('agentQueue.columns.lastReply')}</Table.Th>}
            {forStaff && <Table.Th style={NOWRAP}>{t('targets.dueColumn')}</Table.Th>}
            {forStaff && <Table.Th>{t('tickets.list.columns.assignee')}</Table.Th>}
            <Table.Th>{t('tickets.list.columns.lastActivity')}</Table.Th>
            <Table.Th ta="right" title={t('tickets.list.timeSpentHint')}>
              {t('tickets.list.columns.timeSpent')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tickets.map((ticket, index) => (
            <Table.Tr
              key={ticket.id}
              onClick={(event) => openRow(event, ticket.number)}
              style={{ cursor: 'pointer' }}
              aria-current={index === selectedIndex ? 'true' : undefined}
              bg={index === selectedIndex ? 'var(--mantine-primary-color-light)' : undefined}
              data-ticket-number={ticket.number}
              // Focusable by code only (j/k), so the chosen row holds the keyboard.
              tabIndex={forStaff ? -1 : undefined}
            >
              <Table.Td>
                <Text size="sm" c="dimmed" className="aitima-figures">
                  #{ticket.number}
                </Text>
              </Table.Td>
              <Table.Td>
                <Stack gap={forStaff ? 0 : 2} miw={SUBJECT_MIN}>
                  <Group gap={6} wrap="nowrap">
                    <Anchor
                      component={Link}
                      to={ticketPath(ticket.number)}
                      fw={600}
                      size="sm"
                      c="var(--mantine-color-text)"
                      lineClamp={forStaff ? 1 : 2}
                      title={ticket.subject}
                    >
                      {ticket.subject}
                    </Anchor>
                    {ticket.hasNews && <TicketNewsBadge size="xs" />}
                    {forStaff && (ticket.priority === 'high' || ticket.priority === 'urgent') && (
                      <TicketPriorityBadge priority={ticket.priority} size="xs" />
                    )}
                  </Group>
                </Stack>
              </Table.Td>
              {forStaff && (
                <Table.Td maw={220}>
                  <SideText text={`${ticket.company.name} · ${ticket.requester.name}`} lines={1} />
                </Table.Td>
              )}
              <Table.Td>
                <TicketStatusBadge status={ticket.status} forStaff={forStaff} />
              </Table.Td>
              <Table.Td>
                {forStaff && ticket.needsPackage ? (
                  <TicketNeedsPackageBadge size="sm" />
                ) : (
                  <SideText
                    text={ticket.packageName ?? t('tickets.list.noPackage')}
                    isDimmed={!ticket.packageName}
                    lines={forStaff ? 1 : 2}
                  />
                )}
              </Table.Td>
              {!forStaff && (
                <Table.Td>
                  <SideText text={ticket.requester.name} />
                </Table.Td>
              )}
              {forStaff && (
                <Table.Td>
                  {ticket.waitingSince ? (
                    <RelativeTime value={ticket.waitingSince} size="sm" fw={600} style={NOWRAP} />
                  ) : (
                    <Text size="sm" c="dimmed" aria-label={t('agentQueue.notWaiting')}>
                      —
                    </Text>
                  )}
                </Table.Td>
              )}
              {forStaff && (
                <Table.Td>
                  {ticket.lastReply ? (
                    <SideText
                      text={t(
                        ticket.lastReply.isStaff
                          ? 'agentQueue.lastReplyStaff'
                          : 'agentQueue.lastReplyCustomer',
                        { name: ticket.lastReply.name },
                      )}
                      isDimmed={ticket.lastReply.isStaff}
                      lines={1}
                    />
                  ) : (
                    <Text size="sm" c="dimmed">
                      —
                    </Text>
                  )}
                </Table.Td>
              )}
              {forStaff && (
                <Table.Td>
                  <DueTime due={ticket.due} />
                </Table.Td>
              )}
              {forStaff && (
                <Table.Td>
                  <SideText
                    text={ticket.assignee?.name ?? t('tickets.list.unassigned')}
                    isDimmed={!ticket.assignee}
                    lines={1}
                  />
                </Table.Td>
              )}
              <Table.Td>
                <RelativeTime value={ticket.lastActivityAt} size="sm" style={NOWRAP} />
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm" className="aitima-figures" style={NOWRAP}>
                  {formatHoursDecimal(ticket.minutesSpent)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
