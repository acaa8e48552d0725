import { Avatar, Badge, Box, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { threadMessageSchema } from '../../../shared/api/tickets';
import { currentLocale } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { IconLock } from '../icons';
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
        </Group>
        <MessageText body={message.body} />
        <MessageAttachments attachments={message.attachments} />
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
