import { Divider, Group, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { threadEventSchema } from '../../../shared/api/tickets';
import { TICKET_PRIORITIES, TICKET_STATUSES } from '../../../shared/tickets/ticket-status';
import { currentLocale } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { priorityLabel, statusLabel } from './ticket-labels';

// The sentence wraps; an over-long word breaks rather than widen the page.
const WRAP = { overflowWrap: 'anywhere', minWidth: 0 } as const;
const NOWRAP = { whiteSpace: 'nowrap' } as const;

export type ThreadEventItem = z.infer<typeof threadEventSchema>;

/** The name of a staff member by id, when the viewer can know it. */
export type NameOf = (userId: string) => string | undefined;

const statusOf = (value: string | null | undefined) =>
  TICKET_STATUSES.find((status) => status === value);
const priorityOf = (value: string | null | undefined) =>
  TICKET_PRIORITIES.find((priority) => priority === value);

/** What happened, in a sentence; null for events the thread does not show (a customer's own 'created'). */
export function eventSentence(
  t: TFunction,
  event: ThreadEventItem,
  nameOf: NameOf,
  forStaff: boolean,
): string | null {
  const to = event.data.to;
  switch (event.kind) {
    case 'created':
      return event.data.openedBy === 'staff' ? t('tickets.thread.events.openedByStaff') : null;
    case 'status_changed': {
      const status = statusOf(to);
      return status
        ? t('tickets.thread.events.statusChanged', { status: statusLabel(t, status, forStaff) })
        : null;
    }
    case 'reopened':
      return t('tickets.thread.events.reopened');
    case 'closed':
      return t('tickets.thread.events.closed');
    case 'assigned': {
      if (!to) return t('tickets.thread.events.unassigned');
      const name = nameOf(to);
      return name
        ? t('tickets.thread.events.assigned', { name })
        : t('tickets.thread.events.assignedToTeam');
    }
    case 'priority_changed': {
      const priority = priorityOf(to);
      return priority
        ? t('tickets.thread.events.priorityChanged', { priority: priorityLabel(t, priority) })
        : null;
    }
    case 'participant_added':
      return t('ticketColleagues.events.added', { name: event.data.name ?? '' });
    case 'participant_removed':
      return t('ticketColleagues.events.removed', { name: event.data.name ?? '' });
  }
}

interface ThreadEventProps {
  event: ThreadEventItem;
  nameOf: NameOf;
  forStaff: boolean;
}

/** A small centred line in the thread: «Η κατάσταση άλλαξε σε …», «Έκλεισε», who and when. */
export function ThreadEvent({ event, nameOf, forStaff }: ThreadEventProps) {
  const { t } = useTranslation();
  const sentence = eventSentence(t, event, nameOf, forStaff);
  if (!sentence) return null;
  // Who and when; each stays whole, so a phone breaks the line between them, not inside a date.
  const detail = [event.actor?.name, formatDateTime(event.createdAt, currentLocale())].filter(
    (part): part is string => Boolean(part),
  );
  // Lines on the sides only where there is room; on a phone the sentence wraps, centred.
  return (
    <Group gap="sm" wrap="nowrap" justify="center" my={4}>
      <Divider flex={1} miw={16} visibleFrom="xs" />
      <Text size="xs" c="dimmed" ta="center" component="p" m={0} maw={{ xs: '80%' }} style={WRAP}>
        <Text span fw={600} c="var(--mantine-color-text)" size="xs">
          {sentence}
        </Text>
        {detail.map((part, index) => (
          <Fragment key={part}>
            {index === 0 ? ' · ' : ', '}
            <Text span inherit style={NOWRAP}>
              {part}
            </Text>
          </Fragment>
        ))}
      </Text>
      <Divider flex={1} miw={16} visibleFrom="xs" />
    </Group>
  );
}
