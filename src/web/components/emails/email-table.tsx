import { Badge, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EmailStatus, OutboxEmail } from '../../../shared/api/emails';
import { emlPath } from '../../api/emails';
import { currentLocale } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { IconDownload, IconRotate } from '../icons';

const STATUS_COLORS: Record<EmailStatus, string> = {
  pending: 'yellow',
  sent: 'green',
  failed: 'red',
};

interface EmailTableProps {
  emails: OutboxEmail[];
  maxAttempts: number;
  retryingId: string | null;
  onRetry: (id: string) => void;
  onShow: (id: string) => void;
}

/** The outbox as a table: status, when, recipient, subject, tries and the last error; actions per row. */
export function EmailTable({ emails, maxAttempts, retryingId, onRetry, onShow }: EmailTableProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table verticalSpacing="sm" horizontalSpacing="sm" styles={{ th: { whiteSpace: 'nowrap' } }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('emails.columns.status')}</Table.Th>
            <Table.Th>{t('emails.columns.time')}</Table.Th>
            <Table.Th>{t('emails.columns.to')}</Table.Th>
            <Table.Th>{t('emails.columns.subject')}</Table.Th>
            <Table.Th>{t('emails.columns.attempts')}</Table.Th>
            <Table.Th>{t('emails.columns.lastError')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('emails.columns.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {emails.map((email) => (
            <Table.Tr key={email.id} data-testid="email-row">
              <Table.Td>
                <Badge
                  color={STATUS_COLORS[email.status]}
                  variant="light"
                  style={{ flexShrink: 0, minWidth: 'max-content' }}
                >
                  {t(`emails.status.${email.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatDateTime(email.sentAt ?? email.createdAt, locale)}
              </Table.Td>
              <Table.Td style={{ minWidth: 180, overflowWrap: 'anywhere' }}>{email.to}</Table.Td>
              <Table.Td style={{ minWidth: 200 }}>{email.subject}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {t('emails.attemptsOf', { done: email.attempts, max: maxAttempts })}
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="red" lineClamp={3} style={{ overflowWrap: 'anywhere' }}>
                  {email.lastError ?? ''}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  {email.status === 'failed' && (
                    <Button
                      size="compact-sm"
                      leftSection={<IconRotate size={16} />}
                      loading={retryingId === email.id}
                      onClick={() => onRetry(email.id)}
                    >
                      {t('emails.retry')}
                    </Button>
                  )}
                  <Button size="compact-sm" variant="light" onClick={() => onShow(email.id)}>
                    {t('emails.show')}
                  </Button>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    component="a"
                    href={emlPath(email.id)}
                    download
                    leftSection={<IconDownload size={16} />}
                  >
                    .eml
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
