import { Button, Code, Group, Modal, Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { emlPath, useEmailPreview } from '../../api/emails';
import { PageLoader } from '../feedback/page-loader';
import { QueryError } from '../feedback/query-error';
import { IconDownload } from '../icons';

/** One email as the recipient reads it: plain text, or the HTML drawn in a sandbox; and its .eml. */
export function EmailPreviewModal({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const preview = useEmailPreview(id);
  return (
    <Modal opened={id !== null} onClose={onClose} title={t('emails.source')} size="xl">
      {preview.isPending ? (
        <PageLoader />
      ) : preview.isError ? (
        <QueryError error={preview.error} onRetry={() => void preview.refetch()} />
      ) : (
        <Stack gap="sm">
          <Text size="sm">
            <strong>{t('emails.columns.to')}:</strong> {preview.data.to}
          </Text>
          <Text size="sm" fw={600} data-testid="email-preview-subject">
            {preview.data.subject}
          </Text>
          <Tabs defaultValue="text" keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="text">{t('emails.textTab')}</Tabs.Tab>
              <Tabs.Tab value="html">HTML</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="text" pt="sm">
              <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {preview.data.text}
              </Code>
            </Tabs.Panel>
            <Tabs.Panel value="html" pt="sm">
              {/* An empty sandbox: the email's HTML can neither run scripts nor reach the app. */}
              <iframe
                title={preview.data.subject}
                sandbox=""
                srcDoc={preview.data.html}
                style={{
                  width: '100%',
                  height: 480,
                  border: '1px solid var(--mantine-color-default-border)',
                }}
              />
            </Tabs.Panel>
          </Tabs>
          <Group justify="flex-end">
            <Button
              component="a"
              href={emlPath(id ?? '')}
              download
              variant="light"
              leftSection={<IconDownload size={16} />}
            >
              {t('emails.download')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
