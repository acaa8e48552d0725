import { Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { InvitationInfo } from '../../../shared/api/invitations';
import { IconLock } from '../icons';
import { AuthCard } from '../layout/auth-card';

/** Why an invitation link does not work (expired, used, revoked, unknown) and what to do next. */
export function InvitationUnavailable({
  state,
}: {
  state: Exclude<InvitationInfo['state'], 'valid'>;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <AuthCard
      title={t(`invitation.unavailable.${state}.title`)}
      subtitle={t(`invitation.unavailable.${state}.text`)}
      icon={<IconLock size={24} />}
      maxWidth={520}
    >
      <Stack gap="sm">
        <Button
          size="md"
          fullWidth
          variant={state === 'used' ? 'filled' : 'light'}
          onClick={() => navigate('/login')}
        >
          {t('invitation.unavailable.login')}
        </Button>
        <Button size="md" fullWidth variant="subtle" onClick={() => navigate('/')}>
          {t('common.goHome')}
        </Button>
      </Stack>
    </AuthCard>
  );
}
