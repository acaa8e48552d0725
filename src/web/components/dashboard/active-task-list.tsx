import { Anchor, Divider, Group, Stack, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Dashboard } from '../../../shared/api/dashboard';
import { currentLocale } from '../../i18n';
import { formatDate, formatDateTime, formatTime } from '../../lib/format';
import { RunningClock } from '../hours/running-clock';

interface ActiveTaskListProps {
  tasks: Dashboard['activeTasks'];
  now: Date;
}

/** Whether a moment falls on today's date in Athens (then its time alone says enough). */
const isToday = (iso: string, now: Date) => formatDate(iso, 'el') === formatDate(now, 'el');

/** Tasks running now: ticket, who, since when, and a ticking clock. */
export function ActiveTaskList({ tasks, now }: ActiveTaskListProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {tasks.map((task, index) => (
        <Fragment key={task.id}>
          {index > 0 && <Divider component="li" aria-hidden="true" />}
          <Stack gap={2} component="li">
            <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
              <Anchor
                component={Link}
                to={`/tickets/${task.ticket.number}`}
                fw={600}
                size="sm"
                style={{ minWidth: 0, overflowWrap: 'anywhere' }}
              >
                #{task.ticket.number} {task.ticket.subject}
              </Anchor>
              <RunningClock startedAt={task.startedAt} now={now} size="sm" />
            </Group>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {task.description}
            </Text>
            <Text size="xs" c="dimmed">
              {t('dashboard.active.bySince', {
                name: task.staff.name,
                since: isToday(task.startedAt, now)
                  ? formatTime(task.startedAt, locale)
                  : formatDateTime(task.startedAt, locale),
              })}
            </Text>
            {task.chargedToEarlierPeriod && (
              <Text size="xs" c="orange.8" data-testid="charged-to-earlier-period">
                {t('dashboard.active.earlierPeriod')}
              </Text>
            )}
          </Stack>
        </Fragment>
      ))}
    </Stack>
  );
}
