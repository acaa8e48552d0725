import { Anchor, Button, Divider, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecondFactorMethods } from '../../../shared/api/two-factor';
import { useSecondFactor } from '../../api/two-factor';
import { FormAlert } from '../form/form-alert';
import { serverFieldErrors } from '../form/server-field-errors';
import { IconKey } from '../icons';

/**
 * The second step of a login: a code from the authenticator app, a recovery
 * code, or a passkey. On success Me is cached and the login page moves on.
 */
export default function SecondFactorStep({ methods }: { methods: SecondFactorMethods }) {
  const { t } = useTranslation();
  const secondFactor = useSecondFactor();
  const [useRecovery, setUseRecovery] = useState(!methods.totp && !methods.passkey);
  const [code, setCode] = useState('');
  const [error, setError] = useState<React.ReactNode>(undefined);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const proof = useRecovery ? { recoveryCode: code } : { code };
    secondFactor.mutate(proof, {
      onError: (failure) => {
        const field = useRecovery ? 'recoveryCode' : 'code';
        setError(serverFieldErrors(failure, [field])[field]);
      },
    });
  };

  const showCodeForm = methods.totp || useRecovery;
  const usedPasskey = Boolean(secondFactor.variables && 'passkey' in secondFactor.variables);
  return (
    <Stack gap="md">
      <Text size="sm">{t('twoFactor.login.intro')}</Text>
      {/* A wrong code is said on its field; a refused passkey has no field, so here. */}
      <FormAlert
        error={secondFactor.error}
        shownOnFields={usedPasskey ? [] : ['second_factor_invalid', 'validation_failed']}
      />
      {methods.passkey && (
        <Button
          leftSection={<IconKey size={18} />}
          variant={methods.totp ? 'default' : 'filled'}
          onClick={() => secondFactor.mutate({ passkey: true })}
          loading={secondFactor.isPending && usedPasskey}
        >
          {t('twoFactor.login.usePasskey')}
        </Button>
      )}
      {methods.passkey && showCodeForm && <Divider label={t('twoFactor.login.or')} />}
      {showCodeForm && (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <TextInput
              label={useRecovery ? t('twoFactor.login.recoveryCode') : t('twoFactor.login.code')}
              description={useRecovery ? undefined : t('twoFactor.login.codeHelp')}
              autoComplete="one-time-code"
              inputMode={useRecovery ? 'text' : 'numeric'}
              value={code}
              error={error}
              onChange={(event) => {
                setCode(event.currentTarget.value);
                setError(undefined);
              }}
              data-autofocus
            />
            <Button type="submit" fullWidth loading={secondFactor.isPending && !usedPasskey}>
              {t('twoFactor.login.submit')}
            </Button>
          </Stack>
        </form>
      )}
      <Anchor
        component="button"
        type="button"
        size="sm"
        onClick={() => {
          setUseRecovery((current) => !current);
          setCode('');
          setError(undefined);
        }}
      >
        {useRecovery ? t('twoFactor.login.useApp') : t('twoFactor.login.useRecovery')}
      </Anchor>
    </Stack>
  );
}
