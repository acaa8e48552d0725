import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketDetail } from '../../../shared/api/tickets';
import { currentLocale } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { formatHours } from '../hours/hours-format';
import { IconExternalLink } from '../icons';
import { DueTime } from '../targets/due-time';
import { TicketNeedsPackageBadge } from './ticket-status-badge';

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

/** «Λεπτομέρειες»: the ticket's package, requester, date, time spent and link, in a card of the side panel. */
export function TicketFacts({ ticket, forStaff }: { ticket: TicketDetail; forStaff: boolean }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const shownLink = ticket.link?.replace(/^https?:\/\//, '');
  return (
    <Card shadow="xs" component="section" aria-labelledby="ticket-facts-title">
      <Title order={2} fz="lg" mb="sm" id="ticket-facts-title">
        {t('chat.detailsTitle')}
      </Title>
      <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
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
      </SimpleGrid>
      {ticket.link && shownLink && (
        <Stack mt="sm" gap={0}>
          <Fact label={t('tickets.detail.link')}>
            <Anchor
              href={ticket.link}
              target="_blank"
              rel="noopener noreferrer"
              inherit
              display="inline-block"
              py={4}
            >
              <Group gap={4} wrap="nowrap" component="span">
                <Text span inherit lineClamp={1}>
                  {shownLink}
                </Text>
                <IconExternalLink size={14} />
              </Group>
            </Anchor>
          </Fact>
        </Stack>
      )}
    </Card>
  );
}
