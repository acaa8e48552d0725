import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconAlert, IconCopy } from '../icons';

/**
 * The new token's secret, the only time it is ever shown: a copy button, and a
 * warning that it cannot be seen again.
 */
export function CreatedTokenModal({
  secret,
  onClose,
}: {
  secret: string | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={secret !== null}
      onClose={onClose}
      title={t('apiTokens.created.title')}
      radius="lg"
      size="lg"
      closeButtonProps={{ 'aria-label': t('confirm.close') }}
      centered
    >
      <Stack gap="md">
        <Alert color="yellow" variant="light" icon={<IconAlert />}>
          {t('apiTokens.created.warning')}
        </Alert>
        <Text size="sm" fw={600} id="created-token-label">
          {t('apiTokens.created.secretLabel')}
        </Text>
        <Code block data-testid="created-token-secret" aria-labelledby="created-token-label">
          {secret}
        </Code>
        <Text size="sm" c="dimmed">
          {t('apiTokens.created.usage')}
        </Text>
        <Group justify="flex-end" gap="sm">
          <CopyButton value={secret ?? ''}>
            {({ copied, copy }) => (
              <Button
                variant="default"
                leftSection={<IconCopy size={18} />}
                color={copied ? 'green' : undefined}
                onClick={copy}
              >
                {copied ? t('apiTokens.created.copied') : t('apiTokens.created.copy')}
              </Button>
            )}
          </CopyButton>
          <Button onClick={onClose} data-autofocus>
            {t('apiTokens.created.done')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
