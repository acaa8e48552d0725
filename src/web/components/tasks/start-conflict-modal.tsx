import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { StartTaskRequest } from '../../../shared/api/tasks';
import { useMyRunningTask } from '../../api/tasks';
import { formatClock } from '../hours/hours-format';

/** The 409s of «Έναρξη εργασίας» that a second, explicit request can resolve. */
export const START_CONFLICTS = [
  'task_already_running',
  'ticket_closed',
  'package_ended',
  'package_paused',
  'package_exhausted_confirmation_required',
  'estimate_approval_required',
] as const;
export type StartConflict = (typeof START_CONFLICTS)[number];

// Each conflict's way out: what the retry adds to the request, and the button that says so.
const RESOLUTIONS: Record<StartConflict, { patch: Partial<StartTaskRequest>; action: string }> = {
  task_already_running: { patch: { stopRunning: true }, action: 'tasks.conflict.stopAndStart' },
  ticket_closed: { patch: { reopen: true }, action: 'tasks.conflict.reopenAndStart' },
  package_ended: { patch: { isBillable: false }, action: 'tasks.conflict.startNonBillable' },
  package_paused: { patch: { isBillable: false }, action: 'tasks.conflict.startNonBillable' },
  package_exhausted_confirmation_required: {
    patch: { confirmExhausted: true },
    action: 'agentDay.exhausted.confirm',
  },
  // Past the approved hours: non-billable work now, or a new estimate (onNewEstimate).
  estimate_approval_required: { patch: { isBillable: false }, action: 'estimates.logNonBillable' },
};

// The title and text of each conflict; the used-up package's texts live in agentDay.
const textKey = (conflict: StartConflict, part: 'title' | 'text') => {
  if (conflict === 'package_exhausted_confirmation_required') return `agentDay.exhausted.${part}`;
  if (conflict === 'estimate_approval_required') return `estimates.conflict.${part}`;
  return `tasks.conflict.${conflict}.${part}`;
};

interface StartConflictModalProps {
  conflict: StartConflict | null;
  loading: boolean;
  onResolve: (patch: Partial<StartTaskRequest>) => void;
  onClose: () => void;
  /** What a used-up package will be charged (its figures are the page's). */
  exhaustedText?: ReactNode;
  /** Past the approved hours, the other way out: a new estimate for the customer. */
  onNewEstimate?: () => void;
}

/** Asks before «Έναρξη εργασίας» stops another timer, reopens a closed ticket, or logs unbilled. */
export function StartConflictModal({
  conflict,
  loading,
  onResolve,
  onClose,
  exhaustedText,
  onNewEstimate,
}: StartConflictModalProps) {
  const { t } = useTranslation();
  // Which task runs is asked at the moment of the conflict (it may be on another ticket).
  const running = useMyRunningTask(conflict === 'task_already_running');
  const { refetch } = running;
  useEffect(() => {
    if (conflict === 'task_already_running') void refetch();
  }, [conflict, refetch]);
  const task = running.data?.task;
  const resolution = conflict ? RESOLUTIONS[conflict] : null;

  return (
    <Modal
      opened={conflict !== null}
      onClose={onClose}
      title={conflict ? t(textKey(conflict, 'title')) : ''}
      radius="lg"
      centered
      closeButtonProps={{ 'aria-label': t('confirm.close') }}
    >
      <Stack gap="md">
        <Text size="sm">
          {conflict === 'task_already_running' && task
            ? t('tasks.conflict.task_already_running.which', {
                description: task.description,
                number: task.ticket.number,
                subject: task.ticket.subject,
                clock: formatClock(task.durationSeconds),
              })
            : conflict
              ? t(textKey(conflict, 'text'))
              : null}
        </Text>
        {conflict === 'package_exhausted_confirmation_required' && exhaustedText}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={loading}>
            {t('confirm.cancel')}
          </Button>
          {conflict === 'estimate_approval_required' && onNewEstimate && (
            <Button variant="light" onClick={onNewEstimate} disabled={loading}>
              {t('estimates.newEstimate')}
            </Button>
          )}
          {resolution && (
            <Button onClick={() => onResolve(resolution.patch)} loading={loading} data-autofocus>
              {t(resolution.action)}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
