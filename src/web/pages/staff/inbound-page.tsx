import { Badge, Skeleton, Stack, Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { InboundEmail } from '../../../shared/api/mailboxes';
import { useMe } from '../../api/auth';
import {
  type InboundListStatus,
  useInboundEmails,
  useInboundSummary,
  useRejectInboundEmail,
  useRetryInboundEmail,
} from '../../api/inbound-emails';
import { notifyFailure, notifySuccess } from '../../components/company/notify';
import { ConfirmModal } from '../../components/contacts/confirm-modal';
import { EmptyPlaceholder } from '../../components/feedback/empty-placeholder';
import { PageHeader } from '../../components/feedback/page-header';
import { QueryError } from '../../components/feedback/query-error';
import { FormAlert } from '../../components/form/form-alert';
import { IconCircleCheck, IconMailQuestion } from '../../components/icons';
import { AttachInboundModal } from '../../components/inbound/attach-inbound-modal';
import { type InboundAction, InboundEmailCard } from '../../components/inbound/inbound-email-card';

/** The held mails, or the failed ones (admin), as cards with their actions. */
function InboundList({
  status,
  onAction,
  busy,
}: {
  status: InboundListStatus;
  onAction: (action: InboundAction, email: InboundEmail) => void;
  busy: { id: string; action: InboundAction } | null;
}) {
  const { t } = useTranslation();
  const emails = useInboundEmails(status);
  if (emails.isPending) {
    return (
      <Stack gap="sm" aria-busy="true" aria-label={t('common.loading')}>
        {[1, 2, 3].map((key) => (
          <Skeleton key={key} h={140} radius="md" />
        ))}
      </Stack>
    );
  }
  if (emails.isError) {
    return (
      <QueryError
        error={emails.error}
        title={t('inbound.loadFailed')}
        onRetry={() => void emails.refetch()}
      />
    );
  }
  if (emails.data.items.length === 0) {
    return (
      <EmptyPlaceholder
        order={2}
        icon={status === 'held' ? <IconCircleCheck size={28} /> : <IconMailQuestion size={28} />}
        title={t(`inbound.empty.${status}.title`)}
        description={t(`inbound.empty.${status}.text`)}
      />
    );
  }
  return (
    <Stack gap="sm">
      {emails.data.items.map((email) => (
        <InboundEmailCard
          key={email.id}
          email={email}
          busy={busy?.id === email.id ? busy.action : null}
          onAction={onAction}
        />
      ))}
    </Stack>
  );
}

/**
 * «Εισερχόμενα προς έλεγχο» (staff): mails from addresses the portal does not know
 * (or may not take), attached to a contact to become tickets, or rejected.
 * Administrators also see «Αποτυχημένα», the mails that could not be read, to retry.
 */
export default function InboundPage() {
  const { t } = useTranslation();
  const isAdmin = useMe().data?.abilities.manageStaff ?? false;
  const [params, setParams] = useSearchParams();
  const tab: InboundListStatus = isAdmin && params.get('tab') === 'failed' ? 'failed' : 'held';
  const summary = useInboundSummary();
  const reject = useRejectInboundEmail();
  const retry = useRetryInboundEmail();
  // The mail stays in the modal while it closes.
  const [attaching, setAttaching] = useState<{ opened: boolean; email: InboundEmail | null }>({
    opened: false,
    email: null,
  });
  const [rejecting, setRejecting] = useState<InboundEmail | null>(null);

  const onAction = (action: InboundAction, email: InboundEmail) => {
    if (action === 'attach') setAttaching({ opened: true, email });
    else if (action === 'reject') setRejecting(email);
    else
      retry.mutate(email.id, {
        onSuccess: () => notifySuccess(t('inbound.retried')),
        onError: (error) => notifyFailure(t, error),
      });
  };
  const busy =
    retry.isPending && retry.variables ? { id: retry.variables, action: 'retry' as const } : null;
  const closeReject = () => {
    reject.reset();
    setRejecting(null);
  };

  const count = (value: number | undefined) =>
    value ? (
      <Badge size="sm" variant="light" circle={value < 10} aria-hidden="true">
        {value}
      </Badge>
    ) : null;
  const list = (status: InboundListStatus) => (
    <InboundList status={status} onAction={onAction} busy={busy} />
  );

  return (
    <>
      <PageHeader title={t('staff.inbound.title')} subtitle={t('inbound.subtitle')} />
      {isAdmin ? (
        <Tabs
          value={tab}
          onChange={(value) =>
            setParams(value === 'failed' ? { tab: 'failed' } : {}, { replace: true })
          }
          keepMounted={false}
        >
          <Tabs.List mb="md">
            <Tabs.Tab value="held" rightSection={count(summary.data?.held)}>
              {t('inbound.tabs.held')}
            </Tabs.Tab>
            <Tabs.Tab value="failed" rightSection={count(summary.data?.failed)}>
              {t('inbound.tabs.failed')}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="held">{list('held')}</Tabs.Panel>
          <Tabs.Panel value="failed">{list('failed')}</Tabs.Panel>
        </Tabs>
      ) : (
        list('held')
      )}
      <AttachInboundModal
        opened={attaching.opened}
        email={attaching.email}
        onClose={() => setAttaching((current) => ({ ...current, opened: false }))}
      />
      <ConfirmModal
        opened={rejecting !== null}
        title={t('inbound.rejectConfirm.title')}
        text={t('inbound.rejectConfirm.text', {
          from: rejecting?.fromAddress ?? rejecting?.fromName ?? '',
          subject: rejecting?.subject || t('inbound.noSubject'),
        })}
        confirmLabel={t('inbound.rejectConfirm.confirm')}
        color="red"
        loading={reject.isPending}
        error={<FormAlert error={reject.error} />}
        onConfirm={() =>
          rejecting &&
          reject.mutate(rejecting.id, {
            onSuccess: () => {
              notifySuccess(t('inbound.rejected'));
              closeReject();
            },
          })
        }
        onClose={closeReject}
      />
    </>
  );
}
