import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmModalProps {
  opened: boolean;
  title: string;
  /** What will happen, in one or two sentences. */
  text: ReactNode;
  confirmLabel: string;
  /** Red for what takes access away (deactivate, archive, revoke). */
  color?: string;
  loading?: boolean;
  /** Why the last attempt failed (shown above the buttons). */
  error?: ReactNode;
  onConfirm: () => void;
  onClose: () => void;
}

/** «Είστε σίγουροι;»: a change that affects other people waits for a second click. */
export function ConfirmModal({
  opened,
  title,
  text,
  confirmLabel,
  color,
  loading = false,
  error,
  onConfirm,
  onClose,
}: ConfirmModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      radius="lg"
      closeButtonProps={{ 'aria-label': t('confirm.close') }}
      centered
    >
      <Stack gap="md">
        <Text size="sm">{text}</Text>
        {error}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={loading}>
            {t('confirm.cancel')}
          </Button>
          <Button color={color} onClick={onConfirm} loading={loading} data-autofocus>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
