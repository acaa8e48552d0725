import { ActionIcon, Group, Paper, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMyRunningTask, useStopTask } from '../../api/tasks';
import { formatWorked } from '../hours/hours-format';
import { RunningClock } from '../hours/running-clock';
import { useServerNow } from '../hours/use-server-now';
import { IconPlayerStop } from '../icons';
import { notifyTaskDone, notifyTaskError } from './task-notify';

/**
 * The staff member's own running task, in the header of every page: its ticket
 * and a ticking clock (a link to the ticket) and «Ολοκλήρωση». Nothing when no
 * timer runs, and nothing for customers.
 */
export function RunningTaskIndicator({ enabled }: { enabled: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const running = useMyRunningTask(enabled);
  const now = useServerNow(running.data?.now, running.dataUpdatedAt);
  const stop = useStopTask();
  const task = running.data?.task;
  if (!enabled || !task) return null;

  const label = t('tasks.running.indicator', {
    number: task.ticket.number,
    description: task.description,
  });
  return (
    <Paper
      withBorder
      radius="xl"
      pl={4}
      pr={4}
      py={2}
      role="status"
      aria-label={t('tasks.running.regionLabel')}
      style={{ borderColor: 'var(--mantine-color-red-3)', flexShrink: 0 }}
    >
      <Group gap={4} wrap="nowrap">
        <Tooltip label={label} withArrow openDelay={200}>
          <UnstyledButton
            onClick={() => navigate(`/tickets/${task.ticket.number}`)}
            aria-label={label}
            px={8}
            py={4}
            style={{ borderRadius: 'var(--mantine-radius-xl)' }}
          >
            <Group gap={8} wrap="nowrap">
              <Text size="sm" fw={600} className="aitima-figures" c="dimmed" visibleFrom="xs">
                #{task.ticket.number}
              </Text>
              <RunningClock startedAt={task.startedAt} now={now} size="sm" />
            </Group>
          </UnstyledButton>
        </Tooltip>
        <Tooltip label={t('tasks.running.stop')} withArrow>
          <ActionIcon
            variant="light"
            color="red"
            radius="xl"
            size="md"
            loading={stop.isPending}
            aria-label={t('tasks.running.stopNamed', { number: task.ticket.number })}
            onClick={() =>
              stop.mutate(task.id, {
                onSuccess: (stopped) =>
                  notifyTaskDone(
                    t('tasks.notify.stopped', { time: formatWorked(stopped.durationSeconds) }),
                  ),
                onError: (error) => notifyTaskError(t, error),
              })
            }
          >
            <IconPlayerStop size={16} />
          </ActionIcon>
        </Tooltip>
      </Group>
    </Paper>
  );
}
