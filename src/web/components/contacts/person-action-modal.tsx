import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/api/contacts';
import { isApiError } from '../../api/client';
import type { InvitationSent } from '../../api/contacts';
import { notifySuccess } from '../company/notify';
import { FormAlert } from '../form/form-alert';
import { IconAlert } from '../icons';
import { ConfirmModal } from './confirm-modal';
import { InvitationLinkCard } from './invitation-link-card';

/** An action waiting for its confirmation, on one person. */
export interface PendingPersonAction<A extends string = string> {
  action: A;
  person: Person;
}

interface PersonActionModalProps {
  /** Where the texts live: `<ns>.actions.<action>.{title,text,confirm,done}`. */
  ns: 'contacts' | 'staffUsers';
  pending: PendingPersonAction;
  /** Does the change; an invitation it returns is shown to copy. */
  run: () => Promise<InvitationSent | undefined>;
  /** Error codes that mean something specific for this action (409 `conflict` on a resend). */
  errorKeys?: Record<string, string>;
  /** Red confirm button for actions that take access away. */
  isDestructive?: boolean;
  onClose: () => void;
}

/**
 * Confirms a change to a person (role, deactivation, invitation), runs it, and
 * either says it is done or shows the new invitation link. A refusal (the last
 * administrator, 409) stays in the modal, in words.
 */
export function PersonActionModal({
  ns,
  pending,
  run,
  errorKeys = {},
  isDestructive = false,
  onClose,
}: PersonActionModalProps) {
  const { t } = useTranslation();
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [sent, setSent] = useState<InvitationSent | null>(null);
  const { action, person } = pending;
  const name = `${person.firstName} ${person.lastName}`;
  const key = (part: string) => `${ns}.actions.${action}.${part}`;

  const confirm = async () => {
    setRunning(true);
    setError(null);
    try {
      const result = await run();
      if (result) {
        setSent(result);
      } else {
        notifySuccess(t(key('done'), { name }));
        onClose();
      }
    } catch (failure) {
      setError(failure);
    } finally {
      setRunning(false);
    }
  };

  if (sent) {
    return (
      <Modal
        opened
        onClose={onClose}
        title={t(key('title'), { name })}
        size="lg"
        radius="lg"
        closeButtonProps={{ 'aria-label': t('confirm.close') }}
      >
        <Stack gap="md">
          <InvitationLinkCard sent={sent} />
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('confirm.close')}</Button>
          </Group>
        </Stack>
      </Modal>
    );
  }

  const specific = isApiError(error) ? errorKeys[error.code] : undefined;
  return (
    <ConfirmModal
      opened
      title={t(key('title'), { name })}
      text={t(key('text'), { name })}
      confirmLabel={t(key('confirm'))}
      color={isDestructive ? 'red' : undefined}
      loading={running}
      error={
        specific ? (
          <Alert color="red" variant="light" icon={<IconAlert />} role="alert">
            {t(specific)}
          </Alert>
        ) : (
          <FormAlert error={error} />
        )
      }
      onConfirm={() => void confirm()}
      onClose={onClose}
    />
  );
}
