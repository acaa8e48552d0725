import { Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMe } from '../api/auth';
import { useConfirmEmailChange } from '../api/email-change';
import { FormAlert } from '../components/form/form-alert';
import { IconKey } from '../components/icons';
import { AuthCard } from '../components/layout/auth-card';

/**
 * /confirm-email/:token (public: the link may be opened on any device). The change
 * happens on the button, not on opening the page, so a mail scanner that fetches
 * links changes nothing.
 */
export default function ConfirmEmailPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const confirm = useConfirmEmailChange(token);
  // Confirmed in a browser signed in to the account: that session goes on.
  const isSignedIn = Boolean(useMe().data);
  if (confirm.isSuccess) {
    return (
      <AuthCard
        title={t('accountSecurity.confirm.doneTitle')}
        subtitle={t('accountSecurity.confirm.doneText', { email: confirm.data.email })}
        icon={<IconKey size={24} />}
        maxWidth={520}
      >
        {isSignedIn ? (
          <Button component={Link} to="/profile" size="md" fullWidth>
            {t('accountSecurity.confirm.toProfile')}
          </Button>
        ) : (
          <Button component={Link} to="/login" size="md" fullWidth>
            {t('accountSecurity.confirm.toLogin')}
          </Button>
        )}
      </AuthCard>
    );
  }
  return (
    <AuthCard
      title={t('accountSecurity.confirm.title')}
      subtitle={t('accountSecurity.confirm.text')}
      icon={<IconKey size={24} />}
      maxWidth={520}
    >
      <Stack gap="sm">
        <FormAlert error={confirm.error} />
        <Button size="md" fullWidth loading={confirm.isPending} onClick={() => confirm.mutate()}>
          {t('accountSecurity.confirm.submit')}
        </Button>
        <Button component={Link} to="/login" size="md" fullWidth variant="subtle">
          {t('accountSecurity.confirm.toLogin')}
        </Button>
      </Stack>
    </AuthCard>
  );
}
