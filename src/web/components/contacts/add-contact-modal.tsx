import { Button, Group, Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvitationSent } from '../../api/contacts';
import { AddContactForm } from './add-contact-form';
import { InvitationLinkCard } from './invitation-link-card';

interface AddContactModalProps {
  companyId: string;
  companyName: string;
  opened: boolean;
  onClose: () => void;
}

/** «Προσθήκη επαφής» on the company's behalf (staff): the form, then the invitation link. */
export function AddContactModal({ companyId, companyName, opened, onClose }: AddContactModalProps) {
  const { t } = useTranslation();
  const [sent, setSent] = useState<InvitationSent | null>(null);
  const close = () => {
    onClose();
    setSent(null);
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('contacts.add.titleFor', { company: companyName })}
      size="lg"
      radius="lg"
      closeButtonProps={{ 'aria-label': t('confirm.close') }}
    >
      {sent ? (
        <Stack gap="md">
          <InvitationLinkCard sent={sent} />
          <Group justify="flex-end">
            <Button onClick={close}>{t('confirm.close')}</Button>
          </Group>
        </Stack>
      ) : (
        <AddContactForm companyId={companyId} onInvited={setSent} onCancel={close} />
      )}
    </Modal>
  );
}
