import { ActionIcon, Button, Group, Paper, Progress, Stack, Text, ThemeIcon } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n';
import { formatFileSize } from '../../lib/format';
import { problemMessage } from '../../lib/problem-text';
import { IconAlert, IconCircleCheck, IconFile, IconX } from '../icons';
import type { UploadItem, Uploads } from './use-uploads';

/** Why a file is not attached, in words. */
function problemText(t: TFunction, item: UploadItem): string {
  const problem = item.problem;
  const locale = currentLocale();
  if (!problem) return t('tickets.uploads.failed');
  if (problem.kind === 'too_big') {
    return t('tickets.uploads.tooBig', { size: formatFileSize(problem.maxFileBytes, locale) });
  }
  if (problem.kind === 'too_many') return t('tickets.uploads.tooMany', { count: problem.maxFiles });
  return problemMessage(t, problem.problem);
}

/** The chosen files: name, size, a progress bar while uploading, and a way to take each back. */
export function UploadList({ uploads }: { uploads: Uploads }) {
  const { t } = useTranslation();
  if (uploads.items.length === 0) return null;
  const locale = currentLocale();
  return (
    <Stack
      gap={6}
      component="ul"
      p={0}
      m={0}
      aria-label={t('tickets.uploads.listLabel')}
      style={{ listStyle: 'none' }}
    >
      {uploads.items.map((item) => {
        const failed = item.status === 'error' || item.status === 'refused';
        return (
          <Paper
            key={item.key}
            component="li"
            withBorder
            radius="md"
            px="sm"
            py={8}
            bg={failed ? 'var(--mantine-color-red-light)' : undefined}
          >
            <Group gap="sm" wrap="nowrap">
              <ThemeIcon
                variant="light"
                color={failed ? 'red' : item.status === 'done' ? 'teal' : 'gray'}
                size={32}
                radius="md"
              >
                {failed ? (
                  <IconAlert size={18} />
                ) : item.status === 'done' ? (
                  <IconCircleCheck size={18} />
                ) : (
                  <IconFile size={18} />
                )}
              </ThemeIcon>
              <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
                <Group gap="xs" wrap="nowrap" justify="space-between">
                  <Text size="sm" fw={600} truncate title={item.file.name}>
                    {item.file.name}
                  </Text>
                  <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
                    {formatFileSize(item.file.size, locale)}
                  </Text>
                </Group>
                {item.status === 'uploading' && (
                  <Progress
                    value={Math.round(item.progress * 100)}
                    size="sm"
                    animated
                    aria-label={t('tickets.uploads.uploading', { name: item.file.name })}
                  />
                )}
                {failed && (
                  <Text size="xs" c="red.8" role="alert">
                    {problemText(t, item)}
                  </Text>
                )}
              </Stack>
              {item.status === 'error' && (
                <Button
                  size="compact-xs"
                  variant="light"
                  color="red"
                  onClick={() => uploads.retry(item)}
                >
                  {t('tickets.uploads.retry')}
                </Button>
              )}
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={t('tickets.uploads.remove', { name: item.file.name })}
                onClick={() => uploads.remove(item)}
              >
                <IconX size={16} />
              </ActionIcon>
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}

/** The files field's error while files are still uploading, or some failed (follows the language). */
export function UploadsNotReady({ pending }: { pending: boolean }) {
  const { t } = useTranslation();
  return <>{t(pending ? 'tickets.uploads.pending' : 'tickets.uploads.notAttached')}</>;
}
