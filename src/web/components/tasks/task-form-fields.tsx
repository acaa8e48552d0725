import '@mantine/dates/styles.css';
import 'dayjs/locale/el';
import { Alert, Checkbox, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { DatesProvider, DateTimePicker } from '@mantine/dates';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { TASK_DESCRIPTION_MAX, TASK_REASON_MAX } from '../../../shared/api/tasks';
import { WORK_MULTIPLIERS, type WorkMultiplier } from '../../../shared/hours/work-multipliers';
import { currentLocale } from '../../i18n';

/** The task form's values; `startedAt` is Athens wall time, `duration` is typed as h:mm. */
export interface TaskFormValues {
  description: string;
  startedAt: string | null;
  duration: string;
  isBillable: boolean;
  /** «Χρέωση»: the factor the billable minutes are charged at. */
  multiplier: WorkMultiplier;
  reason: string;
}

interface TaskFormFieldsProps {
  form: UseFormReturnType<TaskFormValues>;
  /** A running task has no duration yet. */
  withDuration: boolean;
  /** 'required' on every edit; 'asked' when the server says the task lands in a closed period. */
  reason: 'required' | 'asked' | 'hidden';
  /** The latest start the picker offers (now, in Athens). */
  maxDate: string;
}

/** Description, start (date and time, Athens), duration h:mm, billable, and the reason. */
export function TaskFormFields({ form, withDuration, reason, maxDate }: TaskFormFieldsProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <TextInput
        label={t('tasks.form.description')}
        maxLength={TASK_DESCRIPTION_MAX}
        data-autofocus
        {...form.getInputProps('description')}
      />
      <Group gap="sm" align="flex-start" grow wrap="wrap">
        <DatesProvider settings={{ locale: currentLocale(), firstDayOfWeek: 1 }}>
          <DateTimePicker
            label={t('tasks.form.startedAt')}
            description={t('tasks.form.startedAtHelp')}
            valueFormat="DD/MM/YYYY HH:mm"
            size="md"
            maxDate={maxDate}
            miw={200}
            {...form.getInputProps('startedAt')}
          />
        </DatesProvider>
        {withDuration && (
          <TextInput
            label={t('tasks.form.duration')}
            description={t('tasks.form.durationHelp')}
            placeholder="1:30"
            inputMode="numeric"
            miw={140}
            {...form.getInputProps('duration')}
          />
        )}
      </Group>
      {!withDuration && (
        <Alert color="gray" variant="light">
          {t('tasks.form.durationRunning')}
        </Alert>
      )}
      <Checkbox
        label={t('tasks.form.billable')}
        description={t('tasks.form.billableHelp')}
        {...form.getInputProps('isBillable', { type: 'checkbox' })}
      />
      <Select
        label={t('estimates.multiplier.label')}
        allowDeselect={false}
        maw={240}
        disabled={!form.values.isBillable}
        data={WORK_MULTIPLIERS.map((value) => ({
          value,
          label: t(`estimates.multiplier.${value}`),
        }))}
        {...form.getInputProps('multiplier')}
      />
      {reason === 'asked' && (
        <Alert color="orange" variant="light">
          {t('tasks.form.reasonNeeded')}
        </Alert>
      )}
      {reason !== 'hidden' && (
        <Textarea
          label={t('tasks.form.reason')}
          description={t('tasks.form.reasonHelp')}
          autosize
          minRows={2}
          maxLength={TASK_REASON_MAX}
          {...form.getInputProps('reason')}
        />
      )}
    </Stack>
  );
}
