import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../../shared/api/tasks';
import { liveTaskMeasure } from '../../../shared/hours';
import { currentLocale } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { formatHours, formatWorked } from '../hours/hours-format';
import { RunningClock } from '../hours/running-clock';
import { IconPlayerStop } from '../icons';
import { type TaskAction, TaskActionsMenu } from './task-actions-menu';

interface TaskRowProps {
  task: Task;
  now: Date;
  /** Staff: «Ολοκλήρωση» on running tasks and the actions menu. */
  canLog: boolean;
  isStopping: boolean;
  onStop: (task: Task) => void;
  onAction: (action: TaskAction, task: Task) => void;
}

/** One task of a ticket: what, who, when, how long (ticking while it runs) and what it bills. */
export function TaskRow({ task, now, canLog, isStopping, onStop, onAction }: TaskRowProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const measure = liveTaskMeasure(task, now);
  return (
    <Paper
      component="li"
      withBorder
      radius="md"
      px="sm"
      py="xs"
      style={task.isRunning ? { borderColor: 'var(--mantine-color-red-4)' } : undefined}
      aria-label={
        task.isRunning ? t('tasks.row.runningLabel', { description: task.description }) : undefined
      }
    >
      <Group justify="space-between" gap="sm" wrap="nowrap" align="flex-start">
        <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
          <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
            {task.description}
          </Text>
          <Text size="xs" c="dimmed">
            {t('tasks.row.byAt', {
              name: task.staff.name,
              at: formatDateTime(task.startedAt, locale),
            })}
          </Text>
        </Stack>
        <Stack gap={4} align="flex-end" style={{ flexShrink: 0 }}>
          {task.isRunning ? (
            <RunningClock startedAt={task.startedAt} now={now} size="sm" />
          ) : (
            <Text size="sm" className="aitima-figures" fw={600} title={t('tasks.row.workedHint')}>
              {formatWorked(task.durationSeconds)}
            </Text>
          )}
          {task.multiplier !== 'normal' && (
            <Badge variant="light" color="orange" radius="sm" tt="none" size="sm">
              {t(`estimates.multiplier.${task.multiplier}`)}
            </Badge>
          )}
          {task.isBillable ? (
            <Badge variant="light" radius="sm" tt="none" size="sm">
              {t('tasks.row.billed', { time: formatHours(measure.billableMinutes) })}
            </Badge>
          ) : (
            <Badge variant="light" color="gray" radius="sm" tt="none" size="sm">
              {t('tasks.row.nonBillable')}
            </Badge>
          )}
        </Stack>
        {canLog && <TaskActionsMenu task={task} onAction={onAction} />}
      </Group>
      {canLog && task.isRunning && (
        <Button
          mt="xs"
          size="xs"
          color="red"
          variant="light"
          leftSection={<IconPlayerStop size={14} />}
          loading={isStopping}
          onClick={() => onStop(task)}
        >
          {t('tasks.running.stop')}
        </Button>
      )}
    </Paper>
  );
}
