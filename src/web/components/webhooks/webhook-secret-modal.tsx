import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface WebhookSecretModalProps {
  /** The secret to show; null keeps the modal closed. */
  secret: string | null;
  url: string;
  onClose: () => void;
}

/** The signing secret (whsec_…), to paste into the receiver's verification. */
export function WebhookSecretModal({ secret, url, onClose }: WebhookSecretModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={secret !== null}
      onClose={onClose}
      title={t('webhooks.secret.title')}
      size="lg"
      radius="lg"
      closeButtonProps={{ 'aria-label': t('confirm.close') }}
    >
      <Stack gap="sm">
        <Text size="sm">{t('webhooks.secret.text', { url })}</Text>
        <Code block data-testid="webhook-secret">
          {secret}
        </Code>
        <Alert color="yellow" variant="light">
          {t('webhooks.secret.warning')}
        </Alert>
        <Group justify="flex-end">
          <CopyButton value={secret ?? ''}>
            {({ copied, copy }) => (
              <Button variant="light" onClick={copy}>
                {t(copied ? 'webhooks.secret.copied' : 'webhooks.secret.copy')}
              </Button>
            )}
          </CopyButton>
          <Button onClick={onClose}>{t('confirm.close')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
