import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import type { MailboxPollResult } from '../../../shared/api/mailboxes';

/** «Έλεγχος τώρα» said in a notification: what the check did, or why it could not connect. */
export function notifyPollResult(t: TFunction, name: string, result: MailboxPollResult): void {
  const closeButtonProps = { 'aria-label': t('confirm.close') };
  if (result.error) {
    notifications.show({
      color: 'red',
      title: t('mailboxes.notify.pollFailed', { name }),
      message: t(`mailboxes.imapError.${result.error.code}`),
      autoClose: 10_000,
      closeButtonProps,
    });
    return;
  }
  if (!result.polled) {
    notifications.show({
      color: 'blue',
      message: t('mailboxes.notify.busy', { name }),
      closeButtonProps,
    });
    return;
  }
  const total = result.processed + result.ignored + result.held + result.failed;
  notifications.show({
    color: result.failed > 0 ? 'yellow' : 'green',
    title: t('mailboxes.notify.polled', { name }),
    message:
      total === 0
        ? t('mailboxes.notify.nothingNew')
        : t('mailboxes.notify.pollCounts', {
            processed: result.processed,
            held: result.held,
            ignored: result.ignored,
            failed: result.failed,
          }),
    autoClose: 8000,
    closeButtonProps,
  });
}
