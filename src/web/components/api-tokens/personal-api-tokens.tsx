import { Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMyApiTokens, useRevokePersonalToken } from '../../api/api-tokens';
import { notifySuccess } from '../company/notify';
import { QueryError } from '../feedback/query-error';
import { IconPlus } from '../icons';
import { ApiTokenTable } from './api-token-table';
import { CreatePersonalTokenModal } from './create-personal-token-modal';
import { CreatedTokenModal } from './created-token-modal';

/** «Κλειδιά API» of the profile page: one's own tokens, a new one, revoking one. */
export function PersonalApiTokens() {
  const { t } = useTranslation();
  const tokens = useMyApiTokens();
  const revoke = useRevokePersonalToken();
  const [isCreating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('apiTokens.description')}
      </Text>
      {tokens.isPending ? (
        <Skeleton h={80} radius="md" />
      ) : tokens.isError ? (
        <QueryError error={tokens.error} onRetry={() => void tokens.refetch()} />
      ) : tokens.data.items.length === 0 ? (
        <Text size="sm">{t('apiTokens.empty')}</Text>
      ) : (
        <ApiTokenTable
          tokens={tokens.data.items}
          revoke={revoke}
          onRevoked={() => notifySuccess(t('apiTokens.revoked'))}
        />
      )}
      <Group>
        <Button
          variant="default"
          leftSection={<IconPlus size={18} />}
          onClick={() => setCreating(true)}
        >
          {t('apiTokens.create')}
        </Button>
      </Group>
      <CreatePersonalTokenModal
        opened={isCreating}
        onClose={() => setCreating(false)}
        onCreated={setSecret}
      />
      <CreatedTokenModal secret={secret} onClose={() => setSecret(null)} />
    </Stack>
  );
}
