import { Anchor, Avatar, Badge, Box, Group, List, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { threadMessageSchema } from '../../../shared/api/tickets';
import { inboundOriginalPath } from '../../api/inbound-emails';
import { currentLocale } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { IconDownload, IconFileOff, IconLock, IconMail } from '../icons';
import { MessageAttachments } from './message-attachments';
import { MessageText } from './message-text';

export type ThreadMessage = z.infer<typeof threadMessageSchema>;

interface MessageBubbleProps {
  message: ThreadMessage;
  /** The viewer's side (customer or support) sits on the right, the other on the left. */
  isOwnSide: boolean;
}

function bubbleColors(message: ThreadMessage) {
  if (message.isInternal) {
    return { bg: 'var(--mantine-color-yellow-0)', bd: 'var(--mantine-color-yellow-4)' };
  }
  if (message.author.isStaff) {
    return { bg: 'var(--mantine-color-harbour-0)', bd: 'var(--mantine-color-harbour-2)' };
  }
  return { bg: 'var(--mantine-color-body)', bd: 'var(--mantine-color-default-border)' };
}

/**
 * What an emailed message brings besides its text: the files that were not taken,
 * each with its reason, and the whole original email for those who may read it.
 */
function EmailExtras({ message }: { message: ThreadMessage }) {
  const { t } = useTranslation();
  if (message.refusedFiles.length === 0 && !message.originalEmailId) return null;
  return (
    <>
      {message.refusedFiles.length > 0 && (
        <List
          size="xs"
          mt="xs"
          spacing={4}
          c="dimmed"
          icon={<IconFileOff size={14} />}
          data-testid="refused-files"
        >
          {message.refusedFiles.map((file, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: two refused files may share a name
            <List.Item key={index} style={{ overflowWrap: 'anywhere' }}>
              {t('tickets.thread.refusedFile', {
                name: file.fileName,
                reason: t(`tickets.thread.refusedReason.${file.reason}`),
              })}
            </List.Item>
          ))}
        </List>
      )}
      {message.originalEmailId && (
        <Anchor
          href={inboundOriginalPath(message.originalEmailId)}
          download
          size="xs"
          mt={6}
          display="inline-flex"
          style={{ alignItems: 'center', gap: 4 }}
        >
          <IconDownload size={14} />
          {t('tickets.thread.originalEmail')}
        </Anchor>
      )}
    </>
  );
}

/** One message of the chat: who, when, the text and its files; internal notes in yellow. */
export function MessageBubble({ message, isOwnSide }: MessageBubbleProps) {
  const { t } = useTranslation();
  const colors = bubbleColors(message);
  return (
    <Group
      component="article"
      align="flex-start"
      gap="sm"
      wrap="nowrap"
      justify={isOwnSide ? 'flex-end' : 'flex-start'}
      aria-label={t('tickets.thread.messageBy', { name: message.author.name })}
    >
      {!isOwnSide && (
        <Avatar
          name={message.author.name}
          color={message.author.isStaff ? 'harbour' : 'initials'}
          size={36}
          visibleFrom="xs"
          aria-hidden="true"
        />
      )}
      <Paper
        px="md"
        py="sm"
        radius="lg"
        maw={{ base: '92%', sm: '78%' }}
        style={{ background: colors.bg, border: `1px solid ${colors.bd}`, minWidth: 0 }}
      >
        {message.isInternal && (
          <Group gap={6} mb={6} c="yellow.9">
            <IconLock size={16} />
            <Text size="xs" fw={700} tt="uppercase" style={{ letterSpacing: '0.03em' }}>
              {t('tickets.thread.internalNote')}
            </Text>
          </Group>
        )}
        <Group gap={8} mb={4} wrap="wrap">
          <Text size="sm" fw={650}>
            {message.author.name}
          </Text>
          {message.author.isStaff && !message.isInternal && (
            <Badge size="xs" variant="light" radius="sm" tt="none">
              {t('tickets.thread.support')}
            </Badge>
          )}
          <Text component="time" dateTime={message.createdAt} size="xs" c="dimmed">
            {formatDateTime(message.createdAt, currentLocale())}
          </Text>
          {message.viaEmail && (
            <Group gap={4} wrap="nowrap" c="dimmed" data-testid="via-email">
              <IconMail size={14} />
              <Text size="xs">{t('tickets.thread.viaEmail')}</Text>
            </Group>
          )}
        </Group>
        <MessageText body={message.body} withMentions={message.isInternal} />
        <MessageAttachments attachments={message.attachments} />
        <EmailExtras message={message} />
      </Paper>
      {isOwnSide && (
        <Box visibleFrom="xs">
          <Avatar
            name={message.author.name}
            color={message.author.isStaff ? 'harbour' : 'initials'}
            size={36}
            aria-hidden="true"
          />
        </Box>
      )}
    </Group>
  );
}
