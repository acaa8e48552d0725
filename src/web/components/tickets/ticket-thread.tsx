import { Box, Stack } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketDetail } from '../../../shared/api/tickets';
import { groupThread } from './group-thread';
import { MessageBubble } from './message-bubble';
import { NewMessageMark } from './new-message-mark';
import { eventSentence, type NameOf } from './thread-event';
import { ThreadEventRun } from './thread-event-run';
import { useFollowThread } from './use-follow-thread';

interface TicketThreadProps {
  ticket: TicketDetail;
  /** Staff sit on the right for staff, customers on the right for customers. */
  forStaff: boolean;
  nameOf: NameOf;
}

/** The chat: the description first, then every reply in time order, events between them folded. */
export function TicketThread({ ticket, forStaff, nameOf }: TicketThreadProps) {
  const { t } = useTranslation();
  const rows = useMemo(
    () => groupThread(ticket.thread, (event) => eventSentence(t, event, nameOf, forStaff) !== null),
    [ticket.thread, t, nameOf, forStaff],
  );
  const { container, unseenId, showUnseen } = useFollowThread(ticket.thread, forStaff);
  return (
    <Stack gap="md" component="section" aria-label={t('tickets.thread.label')} ref={container}>
      {rows.map((row) =>
        row.type === 'message' ? (
          <Box key={row.id} data-thread-item={row.id}>
            <MessageBubble
              message={row.message}
              isOwnSide={row.message.author.isStaff === forStaff}
            />
          </Box>
        ) : (
          <Box key={row.id} data-thread-item={row.events.at(-1)?.id}>
            <ThreadEventRun events={row.events} nameOf={nameOf} forStaff={forStaff} />
          </Box>
        ),
      )}
      <NewMessageMark shown={unseenId !== null} onShow={showUnseen} />
    </Stack>
  );
}
