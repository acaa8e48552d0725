import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from './form-alert';
import { serverFieldErrors } from './form-errors';

interface TextModalProps {
  opened: boolean;
  title: string;
  text: string;
  label: string;
  description?: string;
  minRows?: number;
  /** The request's field the text goes in, for the server's field errors. */
  field: string;
  maxLength: number;
  confirmLabel: string;
  color?: string;
  loading: boolean;
  error: unknown;
  onConfirm: (value: string) => void;
  onClose: () => void;
}

/**
 * A short text asked for before a change (a reason, a dispute's comment): each opening
 * starts blank, since the text belongs to one change; the typed text survives a failure.
 */
export function TextModal(props: TextModalProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    if (props.opened) {
      setValue('');
      setMissing(false);
    }
  }, [props.opened]);
  const serverError = serverFieldErrors(props.error, [props.field])[props.field];
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
          if (value.trim() === '') return setMissing(true);
          props.onConfirm(value.trim());
        }}
      >
        <Stack gap="md">
          <Text size="sm">{props.text}</Text>
          <FormAlert error={props.error} shownOnFields={['validation_failed']} />
          <Textarea
            label={props.label}
            description={props.description}
            autosize
            minRows={props.minRows ?? 3}
            maxLength={props.maxLength}
            value={value}
            onChange={(event) => {
              setValue(event.currentTarget.value);
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
