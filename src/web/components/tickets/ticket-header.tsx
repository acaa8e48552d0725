import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TicketDetail } from '../../../shared/api/tickets';
import { currentLocale } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { formatHours } from '../hours/hours-format';
import { IconArrowLeft, IconExternalLink } from '../icons';
import { DueTime } from '../targets/due-time';
import { ExpectedAnswer } from '../targets/expected-answer';
import {
  TicketNeedsPackageBadge,
  TicketPriorityBadge,
  TicketStatusBadge,
} from './ticket-status-badge';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0} style={{ minWidth: 0 }}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.03em' }}>
        {label}
      </Text>
      <Text size="sm" component="div" style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Stack>
  );
}

/** The ticket's number, subject, status, package, requester, time spent and link. */
export function TicketHeader({ ticket, forStaff }: { ticket: TicketDetail; forStaff: boolean }) {
  const { t } = useTranslation();
  useDocumentTitle(t('app.pageTitle', { page: `#${ticket.number} ${ticket.subject}` }));
  const locale = currentLocale();
  const shownLink = ticket.link?.replace(/^https?:\/\//, '');
  return (
    <Stack gap="sm" mb="xl">
      <Anchor
        component={Link}
        to={forStaff ? '/staff/tickets' : '/tickets'}
        size="sm"
        fw={600}
        w="fit-content"
      >
        <Group gap={4} wrap="nowrap">
          <IconArrowLeft size={16} />
          {t(forStaff ? 'tickets.detail.backToQueue' : 'tickets.detail.backToList')}
        </Group>
      </Anchor>
      <Group gap="sm">
        <Text c="dimmed" className="aitima-figures" fw={600}>
          #{ticket.number}
        </Text>
        <TicketStatusBadge status={ticket.status} forStaff={forStaff} size="lg" />
        {forStaff && <TicketPriorityBadge priority={ticket.priority} size="lg" />}
      </Group>
      <Title order={1} fz={{ base: 24, sm: 28 }} lh={1.25} style={{ overflowWrap: 'anywhere' }}>
        {ticket.subject}
      </Title>
      {!forStaff && <ExpectedAnswer due={ticket.due} />}
      <Group gap="xl" mt={4} align="flex-start">
        <Fact label={t('tickets.detail.package')}>
          {forStaff && ticket.needsPackage ? (
            <TicketNeedsPackageBadge size="md" />
          ) : (
            (ticket.packageName ?? t('tickets.list.noPackage'))
          )}
        </Fact>
        <Fact label={t('tickets.detail.requester')}>
          {forStaff ? `${ticket.requester.name} · ${ticket.company.name}` : ticket.requester.name}
        </Fact>
        <Fact label={t('tickets.detail.created')}>{formatDateTime(ticket.createdAt, locale)}</Fact>
        <Fact label={t('tickets.detail.timeSpent')}>{formatHours(ticket.minutesSpent)}</Fact>
        {forStaff && ticket.due && (
          <Fact label={t('targets.dueColumn')}>
            <DueTime due={ticket.due} />
          </Fact>
        )}
        {ticket.link && shownLink && (
          <Fact label={t('tickets.detail.link')}>
            <Anchor href={ticket.link} target="_blank" rel="noopener noreferrer" inherit>
              <Group gap={4} wrap="nowrap" component="span">
                <Text span inherit lineClamp={1} maw={320}>
                  {shownLink}
                </Text>
                <IconExternalLink size={14} />
              </Group>
            </Anchor>
          </Fact>
        )}
      </Group>
    </Stack>
  );
}
