import { Text } from '@mantine/core';
import { useInterval } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketSummary } from '../../../shared/api/tickets';
import { currentLocale } from '../../i18n';
import { formatDateTime } from '../../lib/format';

/** The page's own clock, read again every 30 s, so a due time turns overdue as it passes. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useInterval(() => setNow(Date.now()), 30_000, { autoInvoke: true });
  return now;
}

/**
 * A ticket's due time in the queue («Προθεσμία»): Athens date and time, which target
 * it is for on hover, red with «Εκπρόθεσμο» once past; a dash when nothing is due.
 */
export function DueTime({ due }: { due: TicketSummary['due'] }) {
  const { t } = useTranslation();
  const now = useNow();
  if (!due) {
    return (
      <Text size="sm" c="dimmed" aria-label={t('targets.nothingDue')}>
        —
      </Text>
    );
  }
  const isOverdue = new Date(due.at).getTime() < now;
  const when = formatDateTime(due.at, currentLocale());
  return (
    <Text
      component="time"
      dateTime={due.at}
      size="sm"
      c={isOverdue ? 'red.8' : undefined}
      fw={isOverdue ? 700 : undefined}
      title={t(`targets.kinds.${due.kind}`)}
      data-overdue={isOverdue ? 'true' : 'false'}
      style={{ whiteSpace: 'nowrap' }}
    >
      {isOverdue ? t('targets.overdueAt', { when }) : when}
    </Text>
  );
}
