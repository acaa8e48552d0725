import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LONG_TASK_MINUTES, type Task } from '../../../shared/api/tasks';
import { wallTimeOf } from '../../../shared/hours';
import { isApiError } from '../../api/client';
import { useCreateManualTask, useUpdateTask } from '../../api/tasks';
import { TIME_ZONE } from '../../lib/format';
import { ExhaustedCharge } from '../agent-day/exhausted-charge';
import { FormAlert } from '../form/form-alert';
import { serverFieldErrors, toFormErrors } from '../form/form-errors';
import { formatHours } from '../hours/hours-format';
import { parseDuration } from './duration-text';
import { TaskFormFields, type TaskFormValues } from './task-form-fields';
import { initialTaskValues, startedAtOf, taskChanges, taskFormErrors } from './task-form-values';
import { notifyTaskDone } from './task-notify';

interface TaskFormModalProps {
  opened: boolean;
  ticketNumber: number;
  /** The task to edit; null adds a finished task by hand. */
  task: Task | null;
  onClose: () => void;
}

const SERVER_FIELDS = ['description', 'startedAt', 'durationMinutes', 'isBillable', 'reason'];

/** «Προσθήκη εργασίας» and «Επεξεργασία εργασίας» (staff); an edit always asks for a reason. */
export function TaskFormModal({ opened, ticketNumber, task, onClose }: TaskFormModalProps) {
  const { t } = useTranslation();
  const create = useCreateManualTask(ticketNumber);
  const update = useUpdateTask();
  const mutation = task ? update : create;
  const isEdit = task !== null;
  const withDuration = !task?.isRunning;
  const [initial, setInitial] = useState(() => initialTaskValues(task));
  const [reasonAsked, setReasonAsked] = useState(false);
  // A duration over 24 h waiting for «Ναι, είναι σωστή».
  const [longMinutes, setLongMinutes] = useState<number | null>(null);
  // The package's hours are used up: billable work waits for «charge as overage».
  const [exhaustedAsked, setExhaustedAsked] = useState(false);
  const form = useForm<TaskFormValues>({
    initialValues: initial,
    validate: (values) =>
      toFormErrors(taskFormErrors(values, { withDuration, reasonRequired: isEdit || reasonAsked })),
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: a fresh form on every opening
  useEffect(() => {
    if (!opened) return;
    const values = initialTaskValues(task);
    setInitial(values);
    form.setValues(values);
    form.clearErrors();
    setReasonAsked(false);
    setLongMinutes(null);
    setExhaustedAsked(false);
    create.reset();
    update.reset();
  }, [opened, task]);

  const onError = (error: unknown) => {
    if (isApiError(error) && error.code === 'package_exhausted_confirmation_required') {
      setExhaustedAsked(true);
      return;
    }
    const codes = isApiError(error) ? (error.problem.errors ?? []) : [];
    if (codes.some((item) => item.code === 'confirm_long_duration')) {
      setLongMinutes(parseDuration(form.values.duration));
      return;
    }
    if (!isEdit && codes.some((item) => item.field === 'reason')) setReasonAsked(true);
    const { durationMinutes, ...errors } = serverFieldErrors(error, SERVER_FIELDS);
    form.setErrors({ ...errors, ...(durationMinutes ? { duration: durationMinutes } : {}) });
  };
  const onSuccess = () => {
    notifyTaskDone(t(isEdit ? 'tasks.notify.updated' : 'tasks.notify.added'));
    onClose();
  };

  const send = (values: TaskFormValues, confirmed: boolean, confirmExhausted = false) => {
    const minutes = withDuration ? parseDuration(values.duration) : null;
    if (minutes !== null && minutes > LONG_TASK_MINUTES && !confirmed) {
      setLongMinutes(minutes);
      return;
    }
    setLongMinutes(null);
    if (!task) {
      const reason = values.reason.trim();
      create.mutate(
        {
          description: values.description.trim(),
          startedAt: startedAtOf(values),
          durationMinutes: minutes ?? 0,
          isBillable: values.isBillable,
          multiplier: values.multiplier,
          confirmLongDuration: confirmed,
          confirmExhausted,
          ...(reason ? { reason } : {}),
        },
        { onSuccess, onError },
      );
      return;
    }
    const changes = taskChanges(values, initial, withDuration, confirmed);
    if (!changes) return onClose();
    update.mutate({ id: task.id, ...changes }, { onSuccess, onError });
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(isEdit ? 'tasks.form.editTitle' : 'tasks.form.addTitle')}
      size="lg"
      radius="lg"
      closeButtonProps={{ 'aria-label': t('confirm.close') }}
    >
      <form noValidate onSubmit={form.onSubmit((values) => send(values, false))}>
        <Stack gap="md">
          <FormAlert
            error={mutation.error}
            shownOnFields={['validation_failed', 'package_exhausted_confirmation_required']}
          />
          <TaskFormFields
            form={form}
            withDuration={withDuration}
            reason={isEdit ? 'required' : reasonAsked ? 'asked' : 'hidden'}
            maxDate={wallTimeOf(new Date(), TIME_ZONE)}
          />
          {longMinutes !== null && (
            <Alert color="yellow" variant="light" title={t('tasks.form.confirmLongTitle')}>
              <Text size="sm" mb="sm">
                {t('tasks.form.confirmLongText', { duration: formatHours(longMinutes) })}
              </Text>
              <Button size="xs" color="yellow" onClick={() => send(form.values, true)}>
                {t('tasks.form.confirmLong')}
              </Button>
            </Alert>
          )}
          {exhaustedAsked && (
            <Alert color="red" variant="light" title={t('agentDay.exhausted.title')}>
              <Stack gap="xs" align="flex-start">
                <Text size="sm">{t('agentDay.exhausted.text')}</Text>
                <ExhaustedCharge ticketNumber={ticketNumber} />
                <Button size="xs" color="red" onClick={() => send(form.values, true, true)}>
                  {t('agentDay.exhausted.confirmAdd')}
                </Button>
              </Stack>
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={mutation.isPending}>
              {t('confirm.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t(isEdit ? 'tasks.form.save' : 'tasks.form.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
