import { Alert, Code, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImapErrorCode, MailboxTestResult } from '../../../shared/api/mailboxes';
import { FormAlert } from '../form/form-alert';
import { IconAlert, IconCircleCheck } from '../icons';

/** Why a connection failed, in the reader's words, with the server's own words under it. */
export function ImapErrorText({ code, detail }: { code: ImapErrorCode; detail: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600} data-testid="imap-error">
        {t(`mailboxes.imapError.${code}`)}
      </Text>
      {detail && (
        <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {detail}
        </Code>
      )}
    </Stack>
  );
}

interface MailboxTestResultAlertProps {
  result: MailboxTestResult | undefined;
  /** The request itself failed (refused settings, no network), not the connection. */
  error: unknown;
  folder: string;
  processedFolder: string;
}

/** «Δοκιμή σύνδεσης»: the messages found, or exactly what failed. */
export function MailboxTestResultAlert({
  result,
  error,
  folder,
  processedFolder,
}: MailboxTestResultAlertProps) {
  const { t } = useTranslation();
  if (error) return <FormAlert error={error} />;
  if (!result) return null;
  if (!result.ok) {
    return (
      <Alert
        color="red"
        variant="light"
        icon={<IconAlert />}
        title={t('mailboxes.test.failedTitle')}
        role="alert"
        data-testid="mailbox-test-result"
      >
        <ImapErrorText code={result.code} detail={result.detail} />
      </Alert>
    );
  }
  return (
    <Alert
      color="green"
      variant="light"
      icon={<IconCircleCheck />}
      title={t('mailboxes.test.okTitle')}
      role="status"
      data-testid="mailbox-test-result"
    >
      <Text size="sm">
        {t('mailboxes.test.okText', { count: result.messageCount, folder: folder.trim() })}
      </Text>
      {!result.processedFolderExists && (
        <Text size="sm" mt={4}>
          {t('mailboxes.test.processedMissing', { folder: processedFolder.trim() })}
        </Text>
      )}
    </Alert>
  );
}
