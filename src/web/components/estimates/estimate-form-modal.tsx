import { Button, Group, Modal, NumberInput, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateEstimate } from '../../api/estimates';
import { currentLocale } from '../../i18n';
import { notifySuccess } from '../company/notify';
import { FormAlert } from '../form/form-alert';

interface EstimateFormModalProps {
  number: number;
  opened: boolean;
  onClose: () => void;
}

/** «Εκτίμηση» (staff): hours and what is included, sent to the customer to approve. */
export function EstimateFormModal({ number, opened, onClose }: EstimateFormModalProps) {
  const { t } = useTranslation();
  const create = useCreateEstimate(number);
  const [hours, setHours] = useState<number | string>(1);
  const [included, setIncluded] = useState('');
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    // Hours in quarters, sent as whole minutes; the server names any bad value.
    create.mutate(
      { minutes: Math.round(Number(hours) * 60), included: included.trim() },
      {
        onSuccess: () => {
          notifySuccess(t('estimates.saved'));
          setIncluded('');
          onClose();
        },
      },
    );
  };
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('estimates.add')}
      radius="lg"
      closeButtonProps={{ 'aria-label': t('confirm.close') }}
    >
      <form noValidate onSubmit={submit}>
        <Stack gap="sm">
          <FormAlert error={create.error} />
          <NumberInput
            label={t('estimates.hours')}
            min={0.25}
            step={0.25}
            decimalScale={2}
            decimalSeparator={currentLocale() === 'el' ? ',' : '.'}
            value={hours}
            onChange={setHours}
            data-autofocus
          />
          <Textarea
            label={t('estimates.included')}
            autosize
            minRows={2}
            maxLength={2000}
            value={included}
            onChange={(event) => setIncluded(event.currentTarget.value)}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={create.isPending}>
              {t('confirm.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('estimates.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
