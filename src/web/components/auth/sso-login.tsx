import { Alert, Button, Divider } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SSO_ERROR_CODES, type SsoErrorCode } from '../../../shared/sso-errors';
import { useSsoLoginOption } from '../../api/sso';
import { IconAlert, IconKey } from '../icons';

/** Why single sign-on sent the reader back here (`?sso_error=`), in their language. */
export function SsoErrorAlert({ code }: { code: string | null }) {
  const { t } = useTranslation();
  if (!code || !SSO_ERROR_CODES.includes(code as SsoErrorCode)) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlert />} role="alert">
      {t(`sso.errors.${code}`)}
    </Alert>
  );
}

/**
 * «Σύνδεση με …» for staff, when an identity provider is configured: a plain link
 * to the server, which sends the browser on to the provider and back.
 */
export function SsoLoginButton() {
  const { t } = useTranslation();
  const option = useSsoLoginOption().data;
  if (!option?.enabled) return null;
  return (
    <>
      <Divider label={t('sso.or')} labelPosition="center" />
      <Button
        component="a"
        href="/api/auth/sso/start"
        variant="default"
        size="md"
        fullWidth
        leftSection={<IconKey size={18} />}
      >
        {t('sso.signInWith', { label: option.label })}
      </Button>
    </>
  );
}
