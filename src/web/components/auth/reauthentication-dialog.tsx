import {
  Button,
  Group,
  Modal,
  PasswordInput,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reauthenticate, useTwoFactorStatus } from '../../api/two-factor';
import { FormAlert } from '../form/form-alert';
import { serverFieldErrors } from '../form/server-field-errors';
import { IconKey } from '../icons';

type Method = 'password' | 'code' | 'passkey';

/** «Επιβεβαίωση ταυτότητας»: the password, a code or a passkey; `onDone(false)` gives up. */
export default function ReauthenticationDialog({ onDone }: { onDone: (passed: boolean) => void }) {
  const { t } = useTranslation();
  const [method, setMethod] = useState<Method>('password');
  const [value, setValue] = useState('');
  const [fieldError, setFieldError] = useState<ReactNode>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const status = useTwoFactorStatus().data;
  const finish = onDone;

  const confirm = async (proof: Parameters<typeof reauthenticate>[0]) => {
    setBusy(true);
    setError(null);
    try {
      await reauthenticate(proof);
      finish(true);
    } catch (failure) {
      const field = method === 'code' ? 'code' : 'password';
      const errors = serverFieldErrors(failure, [field]);
      setFieldError(errors[field]);
      if (!errors[field]) setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void confirm(method === 'code' ? { code: value } : { password: value });
  };

  const methods = [
    { value: 'password', label: t('twoFactor.reauth.password') },
    ...(status?.totpEnabled ? [{ value: 'code', label: t('twoFactor.reauth.code') }] : []),
    ...(status && status.passkeys.length > 0
      ? [{ value: 'passkey', label: t('twoFactor.reauth.passkey') }]
      : []),
  ];

  return (
    <Modal opened onClose={() => finish(false)} title={t('twoFactor.reauth.title')}>
      <Stack gap="md">
        <Text size="sm">{t('twoFactor.reauth.intro')}</Text>
        {methods.length > 1 && (
          <SegmentedControl
            fullWidth
            data={methods}
            value={method}
            onChange={(next) => {
              setMethod(next as Method);
              setValue('');
              setFieldError(undefined);
            }}
          />
        )}
        <FormAlert error={error} />
        {method === 'passkey' ? (
          <Button
            leftSection={<IconKey size={18} />}
            loading={busy}
            onClick={() => void confirm({ passkey: true })}
          >
            {t('twoFactor.reauth.usePasskey')}
          </Button>
        ) : (
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              {method === 'password' ? (
                <PasswordInput
                  label={t('twoFactor.reauth.password')}
                  autoComplete="current-password"
                  value={value}
                  error={fieldError}
                  onChange={(event) => setValue(event.currentTarget.value)}
                  data-autofocus
                />
              ) : (
                <TextInput
                  label={t('twoFactor.login.code')}
                  autoComplete="one-time-code"
                  inputMode="numeric"
                  value={value}
                  error={fieldError}
                  onChange={(event) => setValue(event.currentTarget.value)}
                  data-autofocus
                />
              )}
              <Group justify="flex-end">
                <Button variant="default" onClick={() => finish(false)}>
                  {t('twoFactor.reauth.cancel')}
                </Button>
                <Button type="submit" loading={busy}>
                  {t('twoFactor.reauth.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Modal>
  );
}
