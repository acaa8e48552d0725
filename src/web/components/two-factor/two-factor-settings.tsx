import { Badge, Button, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useRegenerateRecoveryCodes,
  useRemoveTotp,
  useTwoFactorStatus,
} from '../../api/two-factor';
import { notifyFailure, notifySuccess } from '../company/notify';
import { QueryError } from '../feedback/query-error';
import { PasskeyList } from './passkey-list';
import { RecoveryCodesPanel } from './recovery-codes-panel';
import { TotpSetup } from './totp-setup';

/** «Διπλή επαλήθευση» on the profile: the authenticator app, passkeys, recovery codes. */
export function TwoFactorSettings() {
  const { t } = useTranslation();
  const status = useTwoFactorStatus();
  const removeTotp = useRemoveTotp();
  const regenerate = useRegenerateRecoveryCodes();
  // Recovery codes just made: shown once, until the person says they kept them.
  const [freshCodes, setFreshCodes] = useState<string[] | null>(null);

  if (status.isError)
    return <QueryError error={status.error} onRetry={() => void status.refetch()} />;
  if (!status.data) return null;
  const { totpEnabled, passkeys, recoveryCodesLeft } = status.data;
  const hasFactor = totpEnabled || passkeys.length > 0;

  if (freshCodes) {
    return <RecoveryCodesPanel codes={freshCodes} onDone={() => setFreshCodes(null)} />;
  }

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('twoFactor.settings.intro')}
      </Text>
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3} fz="md">
            {t('twoFactor.totp.title')}
          </Title>
          <Badge color={totpEnabled ? 'green' : 'gray'} variant="light">
            {totpEnabled ? t('twoFactor.settings.on') : t('twoFactor.settings.off')}
          </Badge>
        </Group>
        {totpEnabled ? (
          <Group>
            <Button
              variant="default"
              color="red"
              loading={removeTotp.isPending}
              onClick={() =>
                removeTotp.mutate(undefined, {
                  onSuccess: () => notifySuccess(t('twoFactor.totp.removed')),
                  onError: (error) => notifyFailure(t, error),
                })
              }
            >
              {t('twoFactor.totp.remove')}
            </Button>
          </Group>
        ) : (
          <TotpSetup
            onEnabled={(codes) =>
              codes.length > 0 ? setFreshCodes(codes) : notifySuccess(t('twoFactor.totp.enabled'))
            }
          />
        )}
      </Stack>
      <Divider />
      <Stack gap="xs">
        <Title order={3} fz="md">
          {t('twoFactor.passkeys.title')}
        </Title>
        <PasskeyList passkeys={passkeys} onFirstFactor={setFreshCodes} />
      </Stack>
      {hasFactor && (
        <>
          <Divider />
          <Group justify="space-between">
            <Stack gap={2}>
              <Title order={3} fz="md">
                {t('twoFactor.recovery.title')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('twoFactor.recovery.left', { count: recoveryCodesLeft })}
              </Text>
            </Stack>
            <Button
              variant="default"
              loading={regenerate.isPending}
              onClick={() =>
                regenerate.mutate(undefined, {
                  onSuccess: ({ codes }) => setFreshCodes(codes),
                  onError: (error) => notifyFailure(t, error),
                })
              }
            >
              {t('twoFactor.recovery.regenerate')}
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
