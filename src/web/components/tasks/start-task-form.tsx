import { Button, Checkbox, Flex, Group, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type StartTaskRequest, startTaskRequestSchema } from '../../../shared/api/tasks';
import { WORK_MULTIPLIERS, type WorkMultiplier } from '../../../shared/hours/work-multipliers';
import { isApiError } from '../../api/client';
import { useStartTask } from '../../api/tasks';
import { ExhaustedCharge } from '../agent-day/exhausted-charge';
import { EstimateFormModal } from '../estimates/estimate-form-modal';
import { FormAlert } from '../form/form-alert';
import { schemaValidator, serverFieldErrors } from '../form/form-errors';
import { IconPlayerPlay } from '../icons';
import { START_CONFLICTS, type StartConflict, StartConflictModal } from './start-conflict-modal';
import { notifyTaskDone } from './task-notify';

interface Values {
  description: string;
  isBillable: boolean;
  multiplier: WorkMultiplier;
}

interface StartTaskFormProps {
  ticketNumber: number;
  /** Another action on the checkbox's row («Προσθήκη εργασίας»). */
  secondary?: ReactNode;
}

const isConflict = (code: string): code is StartConflict =>
  (START_CONFLICTS as readonly string[]).includes(code);

/** «Έναρξη εργασίας»: a short description, then the timer starts (staff). */
export function StartTaskForm({ ticketNumber, secondary }: StartTaskFormProps) {
  const { t } = useTranslation();
  const start = useStartTask(ticketNumber);
  const form = useForm<Values>({
    initialValues: { description: '', isBillable: true, multiplier: 'normal' },
    validate: schemaValidator<Values>(startTaskRequestSchema),
  });
  // The request a conflict stopped, kept so its retry carries what was typed.
  const [pending, setPending] = useState<{ conflict: StartConflict; request: StartTaskRequest }>();
  const [isEstimateOpen, setEstimateOpen] = useState(false);

  const send = (request: StartTaskRequest) =>
    start.mutate(request, {
      onSuccess: () => {
        form.reset();
        setPending(undefined);
        notifyTaskDone(t('tasks.notify.started'));
      },
      onError: (error) => {
        if (isApiError(error) && isConflict(error.code)) {
          setPending({ conflict: error.code, request });
          return;
        }
        setPending(undefined);
        form.setErrors(serverFieldErrors(error, ['description']));
      },
    });

  return (
    <form
      onSubmit={form.onSubmit((values) => send(values))}
      noValidate
      aria-label={t('tasks.start.submit')}
    >
      <Stack gap="xs">
        <Flex
          direction={{ base: 'column', xs: 'row' }}
          align={{ base: 'stretch', xs: 'flex-end' }}
          gap="sm"
        >
          <TextInput
            label={t('tasks.start.description')}
            placeholder={t('tasks.start.placeholder')}
            size="sm"
            style={{ flex: 1, minWidth: 0 }}
            maxLength={500}
            {...form.getInputProps('description')}
          />
          <Button
            type="submit"
            leftSection={<IconPlayerPlay size={16} />}
            loading={start.isPending && !pending}
            style={{ flexShrink: 0 }}
          >
            {t('tasks.start.submit')}
          </Button>
        </Flex>
        <Group justify="space-between" gap="sm">
          <Group gap="sm">
            <Checkbox
              label={t('tasks.start.billable')}
              size="sm"
              {...form.getInputProps('isBillable', { type: 'checkbox' })}
            />
            <Select
              aria-label={t('estimates.multiplier.label')}
              size="xs"
              allowDeselect={false}
              w={170}
              data={WORK_MULTIPLIERS.map((value) => ({
                value,
                label: t(`estimates.multiplier.${value}`),
              }))}
              {...form.getInputProps('multiplier')}
            />
          </Group>
          {secondary}
        </Group>
        <FormAlert
          error={pending ? null : start.error}
          shownOnFields={['validation_failed', ...START_CONFLICTS]}
        />
      </Stack>
      <StartConflictModal
        conflict={pending?.conflict ?? null}
        loading={start.isPending}
        onResolve={(patch) => pending && send({ ...pending.request, ...patch })}
        onClose={() => setPending(undefined)}
        exhaustedText={<ExhaustedCharge ticketNumber={ticketNumber} />}
        onNewEstimate={() => {
          setPending(undefined);
          setEstimateOpen(true);
        }}
      />
      <EstimateFormModal
        number={ticketNumber}
        opened={isEstimateOpen}
        onClose={() => setEstimateOpen(false)}
      />
    </form>
  );
}
