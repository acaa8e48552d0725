import { ActionIcon, Button, Group, Stack, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TwoFactorStatus } from '../../../shared/api/two-factor';
import { useAddPasskey, useRemovePasskey } from '../../api/two-factor';
import { currentLocale } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { notifyFailure } from '../company/notify';
import { FormAlert } from '../form/form-alert';
import { serverFieldErrors } from '../form/server-field-errors';
import { IconKey, IconTrash } from '../icons';

/** The user's passkeys by name, with a form to add one (named) and a button to remove each. */
export function PasskeyList({
  passkeys,
  onFirstFactor,
}: {
  passkeys: TwoFactorStatus['passkeys'];
  onFirstFactor: (codes: string[]) => void;
}) {
  const { t } = useTranslation();
  const add = useAddPasskey();
  const remove = useRemovePasskey();
  const [name, setName] = useState('');
  const [error, setError] = useState<ReactNode>(undefined);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    add.mutate(name, {
      onSuccess: ({ codes }) => {
        setName('');
        if (codes.length > 0) onFirstFactor(codes);
      },
      onError: (failure) => setError(serverFieldErrors(failure, ['name']).name),
    });
  };

  return (
    <Stack gap="sm">
      {passkeys.length > 0 && (
        <Table>
          <Table.Tbody>
            {passkeys.map((passkey) => (
              <Table.Tr key={passkey.id} data-testid="passkey">
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <IconKey size={16} />
                    <Text size="sm">{passkey.name}</Text>
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed">
                    {passkey.lastUsedAt
                      ? t('twoFactor.passkeys.lastUsed', {
                          when: formatDateTime(passkey.lastUsedAt, currentLocale()),
                        })
                      : t('twoFactor.passkeys.neverUsed')}
                  </Text>
                </Table.Td>
                <Table.Td w={48}>
                  <Tooltip label={t('twoFactor.passkeys.remove', { name: passkey.name })}>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('twoFactor.passkeys.remove', { name: passkey.name })}
                      onClick={() =>
                        remove.mutate(passkey.id, { onError: (e) => notifyFailure(t, e) })
                      }
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <form onSubmit={submit} noValidate>
        <Stack gap="xs">
          <FormAlert error={add.error} shownOnFields={['validation_failed']} />
          <Group align="flex-end" gap="sm">
            <TextInput
              label={t('twoFactor.passkeys.name')}
              placeholder={t('twoFactor.passkeys.namePlaceholder')}
              value={name}
              error={error}
              onChange={(event) => {
                setName(event.currentTarget.value);
                setError(undefined);
              }}
              style={{ flex: 1 }}
              maw={320}
            />
            <Button
              type="submit"
              variant="default"
              leftSection={<IconKey size={16} />}
              loading={add.isPending}
            >
              {t('twoFactor.passkeys.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
