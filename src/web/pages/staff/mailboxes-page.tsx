import { Button, SimpleGrid, Skeleton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mailbox } from '../../../shared/api/mailboxes';
import { useDeleteMailbox, useMailboxes, usePollMailbox } from '../../api/mailboxes';
import { notifyFailure, notifySuccess } from '../../components/company/notify';
import { ConfirmModal } from '../../components/contacts/confirm-modal';
import { EmptyPlaceholder } from '../../components/feedback/empty-placeholder';
import { PageHeader } from '../../components/feedback/page-header';
import { QueryError } from '../../components/feedback/query-error';
import { FormAlert } from '../../components/form/form-alert';
import { IconMailbox, IconPlus } from '../../components/icons';
import { type MailboxAction, MailboxCard } from '../../components/mailboxes/mailbox-card';
import { MailboxFormModal } from '../../components/mailboxes/mailbox-form-modal';
import { notifyPollResult } from '../../components/mailboxes/poll-notify';

const GRID = { base: 1, md: 2 };

/**
 * «Γραμματοκιβώτια» (admin): the support mailboxes read over IMAP, each with its
 * last check and last error; added, edited, tested, checked now and deleted here.
 */
export default function MailboxesPage() {
  const { t } = useTranslation();
  const mailboxes = useMailboxes();
  const poll = usePollMailbox();
  const remove = useDeleteMailbox();
  // The form's mailbox (null: a new one) stays while it closes, so its title does not change.
  const [form, setForm] = useState<{ opened: boolean; mailbox: Mailbox | null }>({
    opened: false,
    mailbox: null,
  });
  const setEditing = (mailbox: Mailbox | null) => setForm({ opened: true, mailbox });
  const [deleting, setDeleting] = useState<Mailbox | null>(null);

  const onAction = (action: MailboxAction, mailbox: Mailbox) => {
    if (action === 'edit') setEditing(mailbox);
    else if (action === 'delete') setDeleting(mailbox);
    else
      poll.mutate(mailbox.id, {
        onSuccess: (result) => notifyPollResult(t, mailbox.name, result),
        onError: (error) => notifyFailure(t, error),
      });
  };
  const closeDelete = () => {
    remove.reset();
    setDeleting(null);
  };

  const items = mailboxes.data?.items ?? [];
  return (
    <>
      <PageHeader
        title={t('staff.mailboxes.title')}
        subtitle={t('mailboxes.subtitle')}
        actions={
          <Button leftSection={<IconPlus size={18} />} onClick={() => setEditing(null)}>
            {t('mailboxes.add')}
          </Button>
        }
      />
      {mailboxes.isPending ? (
        <SimpleGrid cols={GRID} spacing="md">
          {[1, 2].map((key) => (
            <Skeleton key={key} h={220} radius="md" />
          ))}
        </SimpleGrid>
      ) : mailboxes.isError ? (
        <QueryError
          error={mailboxes.error}
          title={t('mailboxes.loadFailed')}
          onRetry={() => void mailboxes.refetch()}
        />
      ) : items.length === 0 ? (
        <EmptyPlaceholder
          icon={<IconMailbox size={28} />}
          title={t('mailboxes.emptyTitle')}
          description={t('mailboxes.emptyText')}
        >
          <Button
            variant="light"
            leftSection={<IconPlus size={18} />}
            onClick={() => setEditing(null)}
          >
            {t('mailboxes.add')}
          </Button>
        </EmptyPlaceholder>
      ) : (
        <SimpleGrid cols={GRID} spacing="md">
          {items.map((mailbox) => (
            <MailboxCard
              key={mailbox.id}
              mailbox={mailbox}
              isPolling={poll.isPending && poll.variables === mailbox.id}
              onAction={onAction}
            />
          ))}
        </SimpleGrid>
      )}
      <MailboxFormModal
        opened={form.opened}
        mailbox={form.mailbox}
        onClose={() => setForm((current) => ({ ...current, opened: false }))}
      />
      <ConfirmModal
        opened={deleting !== null}
        title={t('mailboxes.deleteConfirm.title')}
        text={t('mailboxes.deleteConfirm.text', { name: deleting?.name ?? '' })}
        confirmLabel={t('mailboxes.deleteConfirm.confirm')}
        color="red"
        loading={remove.isPending}
        error={<FormAlert error={remove.error} />}
        onConfirm={() =>
          deleting &&
          remove.mutate(deleting.id, {
            onSuccess: () => {
              notifySuccess(t('mailboxes.notify.deleted'));
              closeDelete();
            },
          })
        }
        onClose={closeDelete}
      />
    </>
  );
}
