import { Anchor, Button, Group, Image, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../shared/api/tickets';
import { currentLocale } from '../../i18n';
import { formatFileSize } from '../../lib/format';
import { IconDownload, IconFile } from '../icons';

const attachmentUrl = (id: string, inline = false) =>
  `/api/attachments/${encodeURIComponent(id)}${inline ? '?inline=1' : ''}`;

/** A message's files: images as thumbnails (open full size), others as download chips. */
export function MessageAttachments({ attachments }: { attachments: Attachment[] }) {
  const { t } = useTranslation();
  if (attachments.length === 0) return null;
  const locale = currentLocale();
  const images = attachments.filter((attachment) => attachment.isImage);
  const files = attachments.filter((attachment) => !attachment.isImage);
  return (
    <Stack gap="xs" mt="xs">
      {images.length > 0 && (
        <Group gap="xs">
          {images.map((image) => (
            <Anchor
              key={image.id}
              href={attachmentUrl(image.id, true)}
              target="_blank"
              rel="noopener noreferrer"
              aria-label={t('tickets.thread.openImage', { name: image.fileName })}
              title={image.fileName}
            >
              <Image
                src={attachmentUrl(image.id, true)}
                alt={image.fileName}
                h={96}
                w={128}
                fit="cover"
                radius="md"
                loading="lazy"
                style={{ border: '1px solid var(--mantine-color-default-border)' }}
              />
            </Anchor>
          ))}
        </Group>
      )}
      {files.length > 0 && (
        <Group gap="xs">
          {files.map((file) => (
            <Button
              key={file.id}
              component="a"
              href={attachmentUrl(file.id)}
              download={file.fileName}
              variant="default"
              size="compact-sm"
              radius="xl"
              leftSection={<IconFile size={16} />}
              rightSection={<IconDownload size={14} />}
              aria-label={t('tickets.thread.download', {
                name: file.fileName,
                size: formatFileSize(file.sizeBytes, locale),
              })}
              maw="100%"
              styles={{ label: { overflow: 'hidden', textOverflow: 'ellipsis' } }}
            >
              {file.fileName} · {formatFileSize(file.sizeBytes, locale)}
            </Button>
          ))}
        </Group>
      )}
    </Stack>
  );
}
