import { Anchor, Badge, Button, Card, Code, Group, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InboundEmail } from '../../../shared/api/mailboxes';
import { inboundOriginalPath } from '../../api/inbound-emails';
import { EmailAddress } from '../emails/email-address';
import { IconBan, IconDownload, IconRotate, IconUser } from '../icons';
import { RelativeTime } from '../tickets/relative-time';

export type InboundAction = 'attach' | 'reject' | 'retry';

interface InboundEmailCardProps {
  email: InboundEmail;
  /** The action running on this mail, to show its button as busy. */
  busy: InboundAction | null;
  onAction: (action: InboundAction, email: InboundEmail) => void;
}

/** The sender as the mail names them: «Μαρία Π. <maria@…>», or the address alone. */
function Sender({ email }: { email: InboundEmail }) {
  const { t } = useTranslation();
  if (!email.fromAddress) return <>{email.fromName ?? t('inbound.unknownAddress')}</>;
  return (
    <>
      {email.fromName && (
        <Text span fw={650} size="sm">
          {email.fromName}{' '}
        </Text>
      )}
      <Text
        span
        size="sm"
        c={email.fromName ? 'dimmed' : undefined}
        fw={email.fromName ? 400 : 650}
      >
        <EmailAddress email={email.fromAddress} />
      </Text>
    </>
  );
}

/**
 * One mail that waits: who sent it, its subject, when it came, why it was held (or the
 * error it failed with) and what staff can do with it.
 */
export function InboundEmailCard({ email, busy, onAction }: InboundEmailCardProps) {
  const { t } = useTranslation();
  const isFailed = email.status === 'failed';
  return (
    <Card shadow="xs" padding="md" radius="md" component="article" data-testid="inbound-email">
      <Stack gap={8}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Text size="sm" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
            <Sender email={email} />
          </Text>
          <RelativeTime value={email.receivedAt} size="sm" c="dimmed" />
        </Group>
        <Text fw={650} lh={1.35} style={{ overflowWrap: 'anywhere' }}>
          {email.subject || t('inbound.noSubject')}
        </Text>
        {email.excerpt && (
          <Text size="sm" c="dimmed" lineClamp={3} style={{ overflowWrap: 'anywhere' }}>
            {email.excerpt}
          </Text>
        )}
        <Group gap="xs" wrap="wrap">
          {isFailed ? (
            <Badge color="red" variant="light" tt="none">
              {t('inbound.failedBadge')}
            </Badge>
          ) : (
            <Tooltip
              label={t(`inbound.reasonHint.${email.outcome}`, { defaultValue: '' })}
              disabled={!t(`inbound.reasonHint.${email.outcome}`, { defaultValue: '' })}
              withArrow
              multiline
              maw={280}
            >
              <Badge color="yellow" variant="light" tt="none" data-testid="inbound-reason">
                {t(`inbound.reason.${email.outcome}`)}
              </Badge>
            </Tooltip>
          )}
          {email.mailboxName && (
            <Text size="xs" c="dimmed">
              {t('inbound.viaMailbox', { name: email.mailboxName })}
            </Text>
          )}
        </Group>
        {email.knownContact && (
          <Group gap={6} wrap="nowrap">
            <IconUser size={16} />
            <Text size="sm">
              {t('inbound.knownContact', {
                name: email.knownContact.name,
                company: email.knownContact.companyName,
              })}
            </Text>
          </Group>
        )}
        {isFailed && email.error && (
          <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {email.error}
          </Code>
        )}
        {email.ticketNumber !== null && (
          <Anchor component={Link} to={`/tickets/${email.ticketNumber}`} size="sm">
            {t('inbound.ticketLink', { number: email.ticketNumber })}
          </Anchor>
        )}
        <Group gap="xs" mt={4} wrap="wrap">
          {isFailed ? (
            <Button
              size="xs"
              leftSection={<IconRotate size={16} />}
              loading={busy === 'retry'}
              onClick={() => onAction('retry', email)}
            >
              {t('inbound.retry')}
            </Button>
          ) : (
            <>
              <Button size="xs" onClick={() => onAction('attach', email)}>
                {t('inbound.attachAction')}
              </Button>
              <Button
                size="xs"
                variant="light"
                color="red"
                leftSection={<IconBan size={16} />}
                onClick={() => onAction('reject', email)}
              >
                {t('inbound.reject')}
              </Button>
            </>
          )}
          {email.hasOriginal && (
            <Button
              size="xs"
              variant="subtle"
              component="a"
              href={inboundOriginalPath(email.id)}
              download
              leftSection={<IconDownload size={16} />}
            >
              {t('inbound.original')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
