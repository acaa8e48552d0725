import { Anchor, Badge, Divider, Group, Stack, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Task } from '../../../shared/api/tasks';
import { currentLocale } from '../../i18n';
import { formatDate } from '../../lib/format';
import { formatHours, formatWorked } from '../hours/hours-format';

/** Finished tasks, compact: date and ticket, what was done, who, how long, what it billed. */
export function PastTaskList({ tasks }: { tasks: Task[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {tasks.map((task, index) => (
        <Fragment key={task.id}>
          {index > 0 && <Divider component="li" aria-hidden="true" />}
          <Stack gap={2} component="li">
            <Group gap={6} wrap="nowrap">
              <Text size="xs" c="dimmed" component="time" dateTime={task.startedAt}>
                {formatDate(task.startedAt, locale)}
              </Text>
              <Anchor
                component={Link}
                to={`/tickets/${task.ticket.number}`}
                size="xs"
                fw={600}
                truncate
              >
                #{task.ticket.number} {task.ticket.subject}
              </Anchor>
            </Group>
            <Text size="sm" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
              {task.description}
            </Text>
            <Group gap="xs" justify="space-between" wrap="nowrap">
              <Text size="xs" c="dimmed" truncate>
                {task.staff.name}
              </Text>
              <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
                <Text size="xs" c="dimmed">
                  {t('tasks.row.worked', { time: formatWorked(task.durationSeconds) })}
                </Text>
                {task.isBillable ? (
                  <Badge variant="light" radius="sm" tt="none" size="sm">
                    {t('tasks.row.billed', { time: formatHours(task.billableMinutes) })}
                  </Badge>
                ) : (
                  <Badge variant="light" color="gray" radius="sm" tt="none" size="sm">
                    {t('tasks.row.nonBillable')}
                  </Badge>
                )}
              </Group>
            </Group>
          </Stack>
        </Fragment>
      ))}
    </Stack>
  );
}
