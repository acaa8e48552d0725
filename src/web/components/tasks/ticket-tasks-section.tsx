import { Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../../shared/api/tasks';
import type { TicketDetail } from '../../../shared/api/tickets';
import { liveTaskMeasure } from '../../../shared/hours';
import { useMe } from '../../api/auth';
import { useStopTask, useTicketTasks } from '../../api/tasks';
import { ConfirmModal } from '../contacts/confirm-modal';
import { QueryError } from '../feedback/query-error';
import { formatWorked } from '../hours/hours-format';
import { HoursText } from '../hours/hours-text';
import { useServerNow } from '../hours/use-server-now';
import { IconPlus } from '../icons';
import { ChargeRuleNote } from './charge-rule-note';
import { StartTaskForm } from './start-task-form';
import { type TaskDialog, TaskDialogs } from './task-dialogs';
import { notifyTaskDone, notifyTaskError } from './task-notify';
import { TaskRow } from './task-row';

/**
 * «Εργασίες» of a ticket: every task (past and running, clocks ticking) and the
 * total time. Staff also start and stop timers, add tasks by hand, edit, delete
 * and mark them non-billable; customers read. Customers see nothing until work is logged.
 */
export function TicketTasksSection({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation();
  const tasks = useTicketTasks(ticket.number);
  const now = useServerNow(tasks.data?.now, tasks.dataUpdatedAt);
  const stop = useStopTask();
  const [dialog, setDialog] = useState<TaskDialog>(null);
  const meId = useMe().data?.id;
  // «Ολοκλήρωση» of a colleague's timer waits for a second click naming them.
  const [colleagueTask, setColleagueTask] = useState<Task | null>(null);
  const [stopping, setStopping] = useState<string | null>(null);
  const stopTask = (id: string, confirmColleague = false) => {
    setStopping(id);
    stop.mutate(confirmColleague ? { id, confirmColleague } : id, {
      onSuccess: (stopped) => {
        setColleagueTask(null);
        notifyTaskDone(t('tasks.notify.stopped', { time: formatWorked(stopped.durationSeconds) }));
      },
      onError: (error) => {
        setColleagueTask(null);
        notifyTaskError(t, error);
      },
    });
  };
  const canLog = tasks.data?.abilities.log ?? false;

  if (tasks.isPending) return <Skeleton h={96} radius="lg" />;
  if (tasks.isError) {
    return (
      <QueryError
        error={tasks.error}
        title={t('tasks.section.loadFailed')}
        onRetry={() => void tasks.refetch()}
      />
    );
  }
  const { items } = tasks.data;
  if (!canLog && items.length === 0) return null;
  // The totals move with the running clocks: each task measured again at `now`, then summed.
  const measures = items.map((task) => liveTaskMeasure(task, now));
  const seconds = measures.reduce((sum, measure) => sum + measure.durationSeconds, 0);
  const billed = measures.reduce((sum, measure) => sum + measure.billableMinutes, 0);

  return (
    <Card component="section" aria-labelledby="ticket-tasks-title" shadow="xs">
      <Group justify="space-between" gap="sm" mb={4} wrap="wrap">
        <Title order={2} fz="lg" id="ticket-tasks-title">
          {t('tasks.section.title')}
        </Title>
        <Group gap="lg" wrap="wrap" component="dl" m={0}>
          <Group gap={6} wrap="nowrap">
            <Text component="dt" size="sm" c="dimmed">
              {t('tasks.section.total')}
            </Text>
            <Text component="dd" m={0} size="sm" fw={700} className="aitima-figures">
              {formatWorked(seconds)}
            </Text>
          </Group>
          <Group gap={6} wrap="nowrap">
            <Text component="dt" size="sm" c="dimmed">
              {t('tasks.section.billed')}
            </Text>
            <Text component="dd" m={0} size="sm" fw={700} className="aitima-figures">
              <HoursText minutes={billed} inherit />
            </Text>
          </Group>
        </Group>
      </Group>
      {/* Why «Χρεώθηκαν» can be more than «Συνολικός χρόνος». */}
      <ChargeRuleNote tasks={items} ta={{ base: 'left', sm: 'right' }} />
      <Stack gap="sm" mt="sm">
        {canLog && (
          <StartTaskForm
            ticketNumber={ticket.number}
            secondary={
              <Button
                variant="subtle"
                size="xs"
                leftSection={<IconPlus size={14} />}
                onClick={() => setDialog({ kind: 'add' })}
              >
                {t('tasks.form.addTitle')}
              </Button>
            }
          />
        )}
        {items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('tasks.section.empty')}
          </Text>
        ) : (
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {items.map((task) => (
              <TaskRow
                key={task.id}
                task={task}
                now={now}
                canLog={canLog}
                isStopping={stop.isPending && stopping === task.id}
                onStop={(running) =>
                  running.staff.id === meId ? stopTask(running.id) : setColleagueTask(running)
                }
                onAction={(kind, target) => setDialog({ kind, task: target })}
              />
            ))}
          </Stack>
        )}
      </Stack>
      <ConfirmModal
        opened={colleagueTask !== null}
        title={t('agentDay.stopColleague.title', { name: colleagueTask?.staff.name ?? '' })}
        text={t('agentDay.stopColleague.text', {
          name: colleagueTask?.staff.name ?? '',
          description: colleagueTask?.description ?? '',
        })}
        confirmLabel={t('agentDay.stopColleague.confirm')}
        color="red"
        loading={stop.isPending}
        onConfirm={() => colleagueTask && stopTask(colleagueTask.id, true)}
        onClose={() => setColleagueTask(null)}
      />
      {canLog && (
        <TaskDialogs ticketNumber={ticket.number} dialog={dialog} onClose={() => setDialog(null)} />
      )}
    </Card>
  );
}
