import { Button, Collapse, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TICKET_STATUSES } from '../../../shared/tickets/ticket-status';
import { IconChevronDown } from '../icons';
import { statusTrail } from './group-thread';
import { type NameOf, ThreadEvent, type ThreadEventItem } from './thread-event';
import { statusLabel } from './ticket-labels';

interface ThreadEventRunProps {
  events: ThreadEventItem[];
  nameOf: NameOf;
  forStaff: boolean;
}

/**
 * Events with no message between them. One shows as its own line; several fold into
 * one line — the statuses they went through («Ανοιχτό → Σε εξέλιξη → Αναμονή
 * πελάτη»), or how many changes — that opens to the full list.
 */
export function ThreadEventRun({ events, nameOf, forStaff }: ThreadEventRunProps) {
  const { t } = useTranslation();
  const [opened, { toggle }] = useDisclosure(false);
  const listId = useId();
  const [only] = events;
  if (events.length === 1 && only) {
    return <ThreadEvent event={only} nameOf={nameOf} forStaff={forStaff} />;
  }
  const trail = statusTrail(events).flatMap((value) => {
    const status = TICKET_STATUSES.find((known) => known === value);
    return status ? [statusLabel(t, status, forStaff)] : [];
  });
  const summary =
    trail.length > 1 ? trail.join(' → ') : t('chat.changes', { count: events.length });
  return (
    <Stack gap={0} data-testid="thread-event-run">
      <Group justify="center">
        <Button
          variant="subtle"
          color="gray"
          size="xs"
          aria-expanded={opened}
          aria-controls={listId}
          onClick={toggle}
          title={t(opened ? 'chat.hideChanges' : 'chat.showChanges')}
          rightSection={
            <IconChevronDown
              size={14}
              style={{ transform: opened ? 'rotate(180deg)' : undefined }}
            />
          }
          styles={{ label: { whiteSpace: 'normal', textAlign: 'center' } }}
          h="auto"
          mih={30}
          maw="100%"
        >
          <Text span size="xs" fw={600}>
            {summary}
          </Text>
        </Button>
      </Group>
      <Collapse expanded={opened} id={listId}>
        <Stack gap={0}>
          {events.map((event) => (
            <ThreadEvent key={event.id} event={event} nameOf={nameOf} forStaff={forStaff} />
          ))}
        </Stack>
      </Collapse>
    </Stack>
  );
}
