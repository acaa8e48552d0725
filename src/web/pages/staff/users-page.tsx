import { Button, Group, Modal, Paper, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/auth';
import type { InvitationSent } from '../../api/contacts';
import { InvitationLinkCard } from '../../components/contacts/invitation-link-card';
import { PageHeader } from '../../components/feedback/page-header';
import { IconPlus } from '../../components/icons';
import { InviteStaffForm } from '../../components/staff/invite-staff-form';
import { StaffUserList } from '../../components/staff/staff-user-list';
import { StaffTwoFactorSetting } from '../../components/two-factor/staff-two-factor-setting';

/** «Χρήστες προσωπικού» (admin): who works in the console; invite, change role, deactivate. */
export default function StaffUsersPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const [inviting, inviteModal] = useDisclosure(false);
  const [sent, setSent] = useState<InvitationSent | null>(null);
  if (!me) return null;
  const close = () => {
    inviteModal.close();
    setSent(null);
  };

  return (
    <>
      <PageHeader
        title={t('staff.users.title')}
        subtitle={t('staff.users.description')}
        actions={
          <Button leftSection={<IconPlus size={18} />} onClick={inviteModal.open}>
            {t('staffUsers.invite.title')}
          </Button>
        }
      />
      <Paper withBorder shadow="xs" p={{ base: 'md', sm: 'lg' }}>
        <StaffUserList meId={me.id} />
      </Paper>
      <StaffTwoFactorSetting />
      <Modal
        opened={inviting}
        onClose={close}
        title={t('staffUsers.invite.title')}
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
          <InviteStaffForm onInvited={setSent} onCancel={close} />
        )}
      </Modal>
    </>
  );
}
