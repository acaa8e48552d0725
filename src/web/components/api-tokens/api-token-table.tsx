import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiTokenView } from '../../../shared/api/api-tokens';
import { currentLocale } from '../../i18n';
import { formatDate, formatRelativeTime } from '../../lib/format';
import { ConfirmModal } from '../contacts/confirm-modal';
import { FormAlert } from '../form/form-alert';

type Status = 'active' | 'expired' | 'revoked';

function statusOf(token: ApiTokenView): Status {
  if (token.revokedAt) return 'revoked';
  return new Date(token.expiresAt).getTime() <= Date.now() ? 'expired' : 'active';
}
const STATUS_COLORS: Record<Status, string> = { active: 'green', expired: 'gray', revoked: 'red' };

interface RevokeMutation {
  mutate: (id: string, options: { onSuccess: () => void }) => void;
  isPending: boolean;
  error: unknown;
  reset: () => void;
}

/**
 * A list of tokens: name and prefix, scopes, dates, status, and «Ανάκληση» behind a
 * confirmation. `showActsAs` adds whom a service token acts as.
 */
export function ApiTokenTable({
  tokens,
  revoke,
  onRevoked,
  showActsAs = false,
}: {
  tokens: ApiTokenView[];
  revoke: RevokeMutation;
  onRevoked: () => void;
  showActsAs?: boolean;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [revoking, setRevoking] = useState<ApiTokenView | null>(null);
  const close = () => {
    revoke.reset();
    setRevoking(null);
  };

  return (
    <>
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing="sm" data-testid="api-token-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('apiTokens.columns.name')}</Table.Th>
              {showActsAs && <Table.Th>{t('apiTokens.columns.actsAs')}</Table.Th>}
              <Table.Th>{t('apiTokens.columns.scopes')}</Table.Th>
              <Table.Th>{t('apiTokens.columns.created')}</Table.Th>
              <Table.Th>{t('apiTokens.columns.lastUsed')}</Table.Th>
              <Table.Th>{t('apiTokens.columns.expires')}</Table.Th>
              <Table.Th>{t('apiTokens.columns.status')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tokens.map((token) => {
              const status = statusOf(token);
              return (
                <Table.Tr key={token.id} data-testid="api-token-row">
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {token.name}
                    </Text>
                    <Text size="xs" c="dimmed" ff="monospace">
                      {token.prefix}…
                    </Text>
                  </Table.Td>
                  {showActsAs && (
                    <Table.Td>
                      <Text size="sm">{token.actsAs.name}</Text>
                      <Text size="xs" c="dimmed">
                        {[t(`roles.${token.role}`), token.company?.name]
                          .filter(Boolean)
                          .join(' · ')}
                      </Text>
                    </Table.Td>
                  )}
                  <Table.Td>
                    <Group gap={4}>
                      {token.scopes.map((scope) => {
                        const [area, access] = scope.split(':');
                        return (
                          <Badge key={scope} variant="light" tt="none" radius="sm">
                            {`${t(`apiTokens.areas.${area}`)}: ${t(`apiTokens.accessShort.${access}`)}`}
                          </Badge>
                        );
                      })}
                    </Group>
                  </Table.Td>
                  <Table.Td>{formatDate(token.createdAt, locale)}</Table.Td>
                  <Table.Td>
                    {token.lastUsedAt
                      ? formatRelativeTime(token.lastUsedAt, locale)
                      : t('apiTokens.never')}
                  </Table.Td>
                  <Table.Td>{formatDate(token.expiresAt, locale)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={STATUS_COLORS[status]} tt="none" radius="sm">
                      {t(`apiTokens.status.${status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {status !== 'revoked' && (
                      <Button
                        variant="subtle"
                        color="red"
                        size="compact-sm"
                        aria-label={t('apiTokens.revokeFor', { name: token.name })}
                        onClick={() => setRevoking(token)}
                      >
                        {t('apiTokens.revoke')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConfirmModal
        opened={revoking !== null}
        title={t('apiTokens.revokeTitle')}
        text={t('apiTokens.revokeText', { name: revoking?.name ?? '' })}
        confirmLabel={t('apiTokens.revokeConfirm')}
        color="red"
        loading={revoke.isPending}
        error={<FormAlert error={revoke.error} />}
        onConfirm={() =>
          revoking &&
          revoke.mutate(revoking.id, {
            onSuccess: () => {
              close();
              onRevoked();
            },
          })
        }
        onClose={close}
      />
    </>
  );
}
