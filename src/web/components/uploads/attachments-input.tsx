import { Group, Input, Stack, Text, ThemeIcon } from '@mantine/core';
import type { ReactNode } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n';
import { formatFileSize } from '../../lib/format';
import { IconUpload } from '../icons';
import { FileDropArea } from './file-drop-area';
import { UploadList } from './upload-list';
import { useUploadLimits } from './use-upload-limits';
import type { UploadLimits, Uploads } from './use-uploads';

interface AttachmentsInputProps {
  uploads: Uploads;
  /** From the ticket form options; when absent (staff) they are read from GET /api/uploads/limits. */
  limits: UploadLimits | undefined;
  label: string;
  /** A field error (e.g. from the server, on attachmentIds). */
  error?: ReactNode;
  /** A lower drop area, for the reply box. */
  compact?: boolean;
}

/** «Αρχεία»: drop files or pick them; each uploads at once with its own progress bar. */
export function AttachmentsInput({
  uploads,
  limits: givenLimits,
  label,
  error,
  compact,
}: AttachmentsInputProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const limits = useUploadLimits(givenLimits);
  const limitsText = limits
    ? t('tickets.uploads.limits', {
        count: limits.maxFiles,
        size: formatFileSize(limits.maxFileBytes, currentLocale()),
      })
    : t('tickets.uploads.limitsUnknown');

  return (
    <Input.Wrapper
      label={label}
      labelProps={{ htmlFor: inputId }}
      description={limitsText}
      error={error}
      inputWrapperOrder={['label', 'description', 'input', 'error']}
    >
      <Stack gap="xs" mt={6}>
        <FileDropArea onFiles={uploads.add} inputId={inputId} label={label} compact={compact}>
          <Group justify="center" gap="md" wrap="nowrap" mih={compact ? 40 : 72}>
            <ThemeIcon variant="light" size={compact ? 32 : 44} radius="xl">
              <IconUpload size={compact ? 18 : 24} />
            </ThemeIcon>
            <div>
              <Text size={compact ? 'sm' : 'md'} fw={600}>
                {t('tickets.uploads.dropTitle')}
              </Text>
              {!compact && (
                <Text size="sm" c="dimmed">
                  {t('tickets.uploads.dropText')}
                </Text>
              )}
            </div>
          </Group>
        </FileDropArea>
        <UploadList uploads={uploads} />
      </Stack>
    </Input.Wrapper>
  );
}
