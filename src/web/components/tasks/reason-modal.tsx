import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TASK_REASON_MAX } from '../../../shared/api/tasks';
import { FormAlert } from '../form/form-alert';
import { serverFieldErrors } from '../form/form-errors';

interface ReasonModalProps {
  opened: boolean;
  title: string;
  text: string;
  confirmLabel: string;
  color?: string;
  loading: boolean;
  error: unknown;
  onConfirm: (reason: string) => void;
  onClose: () => void;
}

/** A change to the ledger (delete, billable or not) waits for a reason, kept in the history. */
export function ReasonModal(props: ReasonModalProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  // Each opening starts blank: a reason belongs to one change.
  useEffect(() => {
    if (props.opened) {
      setReason('');
      setMissing(false);
    }
  }, [props.opened]);
  const serverError = serverFieldErrors(props.error, ['reason']).reason;

  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={props.title}
      radius="lg"
      centered
      closeButtonProps={{ 'aria-label': t('confirm.close') }}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (reason.trim() === '') return setMissing(true);
          props.onConfirm(reason.trim());
        }}
      >
        <Stack gap="md">
          <Text size="sm">{props.text}</Text>
          <FormAlert error={props.error} shownOnFields={['validation_failed']} />
          <Textarea
            label={t('tasks.form.reason')}
            description={t('tasks.form.reasonHelp')}
            autosize
            minRows={2}
            maxLength={TASK_REASON_MAX}
            value={reason}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setMissing(false);
            }}
            error={missing ? t('validation.required') : serverError}
            data-autofocus
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={props.onClose} disabled={props.loading}>
              {t('confirm.cancel')}
            </Button>
            <Button type="submit" color={props.color} loading={props.loading}>
              {props.confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
