import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Mailbox } from '../../../shared/api/mailboxes';
import { currentLocale } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { EmailAddress } from '../emails/email-address';
import { IconAlert, IconEdit, IconRefresh, IconTrash } from '../icons';
import { RelativeTime } from '../tickets/relative-time';
import { ImapErrorText } from './mailbox-test-result';

export type MailboxAction = 'edit' | 'poll' | 'delete';

interface MailboxCardProps {
  mailbox: Mailbox;
  isPolling: boolean;
  onAction: (action: MailboxAction, mailbox: Mailbox) => void;
}

/**
 * One mailbox: where it is, whether it is read, when it was last checked, the last
 * error (translated, the server's words under it) and how many mails failed.
 */
export function MailboxCard({ mailbox, isPolling, onAction }: MailboxCardProps) {
  const { t } = useTranslation();
  const fromEnvironment = mailbox.source === 'environment';
  return (
    <Card shadow="xs" padding="lg" radius="md" data-testid="mailbox-card">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Title order={2} fz="lg">
              {mailbox.name}
            </Title>
            <Text size="sm" c="dimmed">
              <EmailAddress email={mailbox.address} />
            </Text>
          </Stack>
          <Group gap={6}>
            <Badge variant="light" color={mailbox.isActive ? 'green' : 'gray'} tt="none">
              {t(mailbox.isActive ? 'mailboxes.active' : 'mailboxes.inactive')}
            </Badge>
            {fromEnvironment && (
              <Badge variant="outline" color="gray" tt="none">
                {t('mailboxes.fromEnvironment')}
              </Badge>
            )}
          </Group>
        </Group>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {t('mailboxes.server', {
            host: mailbox.host,
            port: mailbox.port,
            security: t(`mailboxes.securityShort.${mailbox.security}`),
          })}
          <br />
          {t('mailboxes.account', { username: mailbox.username })}
          <br />
          {t('mailboxes.folders', { folder: mailbox.folder, processed: mailbox.processedFolder })}
        </Text>
        <Text size="sm" component="div">
          {t('mailboxes.lastPolled')}:{' '}
          {mailbox.lastPolledAt ? (
            <RelativeTime value={mailbox.lastPolledAt} size="sm" span fw={600} />
          ) : (
            <Text span size="sm" c="dimmed">
              {t('mailboxes.neverPolled')}
            </Text>
          )}
        </Text>
        {mailbox.lastError && (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlert />}
            title={t('mailboxes.lastError', {
              time: formatDateTime(mailbox.lastError.at, currentLocale()),
            })}
          >
            <ImapErrorText code={mailbox.lastError.code} detail={mailbox.lastError.detail} />
          </Alert>
        )}
        {mailbox.failedCount > 0 && (
          <Group gap="xs">
            <Badge color="red" variant="light" tt="none">
              {t('mailboxes.failedCount', { count: mailbox.failedCount })}
            </Badge>
            <Anchor component={Link} to="/staff/inbound?tab=failed" size="sm">
              {t('mailboxes.showFailed')}
            </Anchor>
          </Group>
        )}
        {fromEnvironment && (
          <Text size="xs" c="dimmed">
            {t('mailboxes.fromEnvironmentHint')}
          </Text>
        )}
        <Group gap="xs" mt={4}>
          <Button
            size="xs"
            leftSection={<IconRefresh size={16} />}
            loading={isPolling}
            onClick={() => onAction('poll', mailbox)}
          >
            {t('mailboxes.pollNow')}
          </Button>
          <Button
            size="xs"
            variant="light"
            leftSection={<IconEdit size={16} />}
            onClick={() => onAction('edit', mailbox)}
          >
            {t(fromEnvironment ? 'mailboxes.view' : 'mailboxes.edit')}
          </Button>
          {!fromEnvironment && (
            <Button
              size="xs"
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={16} />}
              onClick={() => onAction('delete', mailbox)}
            >
              {t('mailboxes.delete')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
