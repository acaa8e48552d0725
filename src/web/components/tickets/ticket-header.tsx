import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TicketDetail } from '../../../shared/api/tickets';
import { IconArrowLeft, IconChevronDown } from '../icons';
import { ExpectedAnswer } from '../targets/expected-answer';
import { TicketPriorityBadge, TicketStatusBadge } from './ticket-status-badge';

interface TicketHeaderProps {
  ticket: TicketDetail;
  forStaff: boolean;
  /** Whether «Λεπτομέρειες» (details, tasks, staff controls) is open. */
  detailsOpen: boolean;
  onToggleDetails: () => void;
  /** The id of the part the toggle opens, for `aria-controls`, while it is on the page. */
  detailsId: string | undefined;
}

/**
 * The compact head of the chat: back, number, status and subject in a few lines,
 * and the «Λεπτομέρειες» toggle; everything else waits behind it so the
 * conversation starts in the first screenful of a phone.
 */
export function TicketHeader({
  ticket,
  forStaff,
  detailsOpen,
  onToggleDetails,
  detailsId,
}: TicketHeaderProps) {
  const { t } = useTranslation();
  useDocumentTitle(t('app.pageTitle', { page: `#${ticket.number} ${ticket.subject}` }));
  return (
    <Stack gap={6} mb={{ base: 'md', sm: 'lg' }}>
      <Anchor
        component={Link}
        to={forStaff ? '/staff/tickets' : '/tickets'}
        size="sm"
        fw={600}
        w="fit-content"
        py={4}
      >
        <Group gap={4} wrap="nowrap">
          <IconArrowLeft size={16} />
          {t(forStaff ? 'tickets.detail.backToQueue' : 'tickets.detail.backToList')}
        </Group>
      </Anchor>
      <Group gap="sm" wrap="wrap">
        <Text c="dimmed" className="aitima-figures" fw={600}>
          #{ticket.number}
        </Text>
        <TicketStatusBadge status={ticket.status} forStaff={forStaff} size="lg" />
        {forStaff && <TicketPriorityBadge priority={ticket.priority} size="lg" />}
        <Button
          variant="default"
          size="xs"
          ml="auto"
          aria-expanded={detailsOpen}
          aria-controls={detailsId}
          onClick={onToggleDetails}
          rightSection={
            <IconChevronDown
              size={16}
              style={{
                transform: detailsOpen ? 'rotate(180deg)' : undefined,
                transition: 'transform 150ms ease',
              }}
            />
          }
        >
          {t('chat.details')}
        </Button>
      </Group>
      <Title order={1} fz={{ base: 20, sm: 26 }} lh={1.25} style={{ overflowWrap: 'anywhere' }}>
        {ticket.subject}
      </Title>
      {/* The customer's one question about a waiting ticket, in sight without opening the details. */}
      {!forStaff && <ExpectedAnswer due={ticket.due} />}
    </Stack>
  );
}
