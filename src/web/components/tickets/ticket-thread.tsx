import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TicketDetail } from '../../../shared/api/tickets';
import { MessageBubble } from './message-bubble';
import { type NameOf, ThreadEvent } from './thread-event';

interface TicketThreadProps {
  ticket: TicketDetail;
  /** Staff sit on the right for staff, customers on the right for customers. */
  forStaff: boolean;
  nameOf: NameOf;
}

/** The chat: the description first, then every reply and event in time order. */
export function TicketThread({ ticket, forStaff, nameOf }: TicketThreadProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" component="section" aria-label={t('tickets.thread.label')}>
      {ticket.thread.map((item) =>
        item.type === 'message' ? (
          <MessageBubble
            key={item.id}
            message={item}
            isOwnSide={item.author.isStaff === forStaff}
          />
        ) : (
          <ThreadEvent key={item.id} event={item} nameOf={nameOf} forStaff={forStaff} />
        ),
      )}
    </Stack>
  );
}
