import { Button, Card, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRevokeServiceToken, useServiceTokens } from '../../api/api-tokens';
import { ApiTokenTable } from '../../components/api-tokens/api-token-table';
import { CreateServiceTokenModal } from '../../components/api-tokens/create-service-token-modal';
import { CreatedTokenModal } from '../../components/api-tokens/created-token-modal';
import { notifySuccess } from '../../components/company/notify';
import { PageHeader } from '../../components/feedback/page-header';
import { QueryError } from '../../components/feedback/query-error';
import { IconPlus } from '../../components/icons';

/** «Κλειδιά API υπηρεσιών» (admin): keys for a customer company or for staff work. */
export default function ApiTokensPage() {
  const { t } = useTranslation();
  const tokens = useServiceTokens();
  const revoke = useRevokeServiceToken();
  const [isCreating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);

  return (
    <>
      <PageHeader
        title={t('apiTokens.serviceTitle')}
        subtitle={t('apiTokens.serviceDescription')}
      />
      <Stack gap="md">
        <Group>
          <Button leftSection={<IconPlus size={18} />} onClick={() => setCreating(true)}>
            {t('apiTokens.create')}
          </Button>
        </Group>
        <Card shadow="xs">
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
              showActsAs
              onRevoked={() => notifySuccess(t('apiTokens.revoked'))}
            />
          )}
        </Card>
      </Stack>
      <CreateServiceTokenModal
        opened={isCreating}
        onClose={() => setCreating(false)}
        onCreated={setSecret}
      />
      <CreatedTokenModal secret={secret} onClose={() => setSecret(null)} />
    </>
  );
}
