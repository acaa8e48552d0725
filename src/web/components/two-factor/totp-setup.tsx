import { Button, Code, Group, Image, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TotpEnrolment } from '../../../shared/api/two-factor';
import { useBeginTotp, useConfirmTotp } from '../../api/two-factor';
import { FormAlert } from '../form/form-alert';
import { serverFieldErrors } from '../form/server-field-errors';

/**
 * Setting up an authenticator app: a QR code (and the secret as text), then a
 * code from the app to prove it works. `onEnabled` receives the recovery codes.
 */
export function TotpSetup({ onEnabled }: { onEnabled: (codes: string[]) => void }) {
  const { t } = useTranslation();
  const begin = useBeginTotp();
  const confirm = useConfirmTotp();
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [code, setCode] = useState('');
  const [error, setError] = useState<ReactNode>(undefined);

  if (!enrolment) {
    return (
      <Stack gap="xs" align="flex-start">
        <FormAlert error={begin.error} />
        <Button
          loading={begin.isPending}
          onClick={() => begin.mutate(undefined, { onSuccess: setEnrolment })}
        >
          {t('twoFactor.totp.setUp')}
        </Button>
      </Stack>
    );
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    confirm.mutate(code, {
      onSuccess: ({ codes }) => {
        setEnrolment(null);
        setCode('');
        onEnabled(codes);
      },
      onError: (failure) => setError(serverFieldErrors(failure, ['code']).code),
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">{t('twoFactor.totp.scan')}</Text>
        <Image src={enrolment.qrCodeDataUrl} alt={t('twoFactor.totp.qrAlt')} w={200} h={200} />
        <Text size="sm">
          {t('twoFactor.totp.manual')} <Code data-testid="totp-secret">{enrolment.secret}</Code>
        </Text>
        <FormAlert
          error={confirm.error}
          shownOnFields={['second_factor_invalid', 'validation_failed']}
        />
        <TextInput
          label={t('twoFactor.totp.code')}
          autoComplete="one-time-code"
          inputMode="numeric"
          value={code}
          error={error}
          onChange={(event) => {
            setCode(event.currentTarget.value);
            setError(undefined);
          }}
          maw={240}
        />
        <Group>
          <Button type="submit" loading={confirm.isPending}>
            {t('twoFactor.totp.confirm')}
          </Button>
          <Button variant="default" onClick={() => setEnrolment(null)}>
            {t('twoFactor.totp.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
