import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Table,
  Text,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EmailList, EmailStatus, OutboxEmail } from '../../../shared/api/emails';
import { emlPath } from '../../api/emails';
import { currentLocale } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { IconDownload, IconRotate } from '../icons';
import { EmailAddress } from './email-address';
import { emailStatusKey } from './email-status';

const STATUS_COLORS: Record<EmailStatus, string> = {
  pending: 'yellow',
  sent: 'green',
  failed: 'red',
  bounced: 'orange',
};

/** What went wrong with an email: why it bounced, or the last sending error. */
const problemOf = (email: OutboxEmail): string | null =>
  email.status === 'bounced' ? (email.bounceReason ?? email.lastError) : email.lastError;

interface EmailTableProps {
  emails: OutboxEmail[];
  transport: EmailList['transport'];
  maxAttempts: number;
  retryingId: string | null;
  onRetry: (id: string) => void;
  onShow: (id: string) => void;
}

/** The outbox as a table: status, when, recipient, subject, tries and (if any) the last error; actions per row. */
export function EmailTable({
  emails,
  transport,
  maxAttempts,
  retryingId,
  onRetry,
  onShow,
}: EmailTableProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  // A column that would be empty on every row only takes the subject's room.
  const hasErrors = emails.some((email) => problemOf(email));
  return (
    <Table.ScrollContainer minWidth={hasErrors ? 980 : 780}>
      <Table verticalSpacing="sm" horizontalSpacing="sm" styles={{ th: { whiteSpace: 'nowrap' } }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('emails.columns.status')}</Table.Th>
            <Table.Th>{t('emails.columns.time')}</Table.Th>
            <Table.Th>{t('emails.columns.to')}</Table.Th>
            <Table.Th>{t('emails.columns.subject')}</Table.Th>
            <Table.Th>{t('emails.columns.attempts')}</Table.Th>
            {hasErrors && <Table.Th>{t('emails.columns.lastError')}</Table.Th>}
            <Table.Th>
              <VisuallyHidden>{t('emails.columns.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {emails.map((email) => {
            const status = emailStatusKey(email, transport);
            return (
              <Table.Tr key={email.id} data-testid="email-row">
                <Table.Td>
                  <Badge
                    color={status === 'saved' ? 'blue' : STATUS_COLORS[email.status]}
                    variant="light"
                    tt="none"
                    style={{ flexShrink: 0, minWidth: 'max-content' }}
                  >
                    {t(`emails.status.${status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {formatDateTime(email.sentAt ?? email.createdAt, locale)}
                </Table.Td>
                <Table.Td style={{ minWidth: 180 }}>
                  <Text size="sm">
                    <EmailAddress email={email.to} />
                  </Text>
                </Table.Td>
                <Table.Td style={{ minWidth: 220 }}>
                  <Text size="sm" lineClamp={2} title={email.subject}>
                    {email.subject}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {t('emails.attemptsOf', { done: email.attempts, max: maxAttempts })}
                </Table.Td>
                {hasErrors && (
                  <Table.Td style={{ minWidth: 180 }}>
                    {email.status === 'bounced' && (
                      <Text size="xs" fw={600} c="dimmed">
                        {t('emails.bounceReason')}
                      </Text>
                    )}
                    <Text
                      size="sm"
                      c="red"
                      lineClamp={3}
                      title={problemOf(email) ?? undefined}
                      style={{ overflowWrap: 'anywhere' }}
                      data-testid={email.status === 'bounced' ? 'bounce-reason' : undefined}
                    >
                      {problemOf(email) ?? ''}
                    </Text>
                  </Table.Td>
                )}
                <Table.Td>
                  <Group gap="xs" wrap="nowrap" justify="flex-end">
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
                    <Tooltip label={t('emails.download')} withArrow openDelay={200}>
                      <ActionIcon
                        variant="subtle"
                        component="a"
                        href={emlPath(email.id)}
                        download
                        aria-label={t('emails.download')}
                      >
                        <IconDownload size={18} />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
