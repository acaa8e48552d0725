import { Alert, Paper, SegmentedControl, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EMAIL_STATUSES, type EmailStatus } from '../../../shared/api/emails';
import { useEmails, useRetryEmail } from '../../api/emails';
import { notifySuccess } from '../../components/company/notify';
import { EmailPreviewModal } from '../../components/emails/email-preview-modal';
import { emailFilterKey } from '../../components/emails/email-status';
import { EmailTable } from '../../components/emails/email-table';
import { EmptyPlaceholder } from '../../components/feedback/empty-placeholder';
import { PageHeader } from '../../components/feedback/page-header';
import { PageLoader } from '../../components/feedback/page-loader';
import { QueryError } from '../../components/feedback/query-error';
import { FormAlert } from '../../components/form/form-alert';
import { IconInbox } from '../../components/icons';

const isStatus = (value: string | null): value is EmailStatus =>
  (EMAIL_STATUSES as readonly (string | null)[]).includes(value);

/**
 * «Email» (admin): every email of the outbox with its status, tries and last
 * error; failed ones can be sent again, any can be read or downloaded as .eml.
 * With no SMTP configured, this is where a newcomer sees what would have been sent.
 */
export default function EmailsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const raw = params.get('status');
  const status = isStatus(raw) ? raw : undefined;
  const emails = useEmails(status);
  const retry = useRetryEmail();
  const [shownId, setShownId] = useState<string | null>(null);
  const transport = emails.data?.transport ?? 'smtp';

  const filters = [
    { value: 'all', label: t('emails.filter.all') },
    ...EMAIL_STATUSES.map((value) => ({
      value,
      label: t(`emails.filter.${emailFilterKey(value, transport)}`),
    })),
  ];

  const changeStatus = (value: string) => {
    const next = new URLSearchParams(params);
    if (value === 'all') next.delete('status');
    else next.set('status', value);
    setParams(next);
  };

  return (
    <>
      <PageHeader title={t('emails.title')} subtitle={t('emails.description')} />
      <Stack gap="md">
        {emails.data?.transport === 'file' && (
          <Alert color="blue" variant="light" title={t('emails.noSmtpTitle')}>
            {t('emails.noSmtpText', { dir: emails.data.mailDir })}
          </Alert>
        )}
        {/* Six statuses do not fit a phone's width in a row: a list there. */}
        <SegmentedControl
          visibleFrom="md"
          value={status ?? 'all'}
          onChange={changeStatus}
          data={filters}
          style={{ alignSelf: 'flex-start' }}
        />
        <Select
          hiddenFrom="md"
          label={t('emails.columns.status')}
          value={status ?? 'all'}
          onChange={(value) => value && changeStatus(value)}
          allowDeselect={false}
          data={filters}
          maw={320}
        />
        <FormAlert error={retry.error} />
        <Paper withBorder shadow="xs" p={{ base: 'xs', sm: 'md' }}>
          {emails.isPending ? (
            <PageLoader />
          ) : emails.isError ? (
            <QueryError error={emails.error} onRetry={() => void emails.refetch()} />
          ) : emails.data.items.length === 0 ? (
            <EmptyPlaceholder
              icon={<IconInbox size={28} />}
              title={t('emails.emptyTitle')}
              description={t('emails.emptyText')}
            />
          ) : (
            <EmailTable
              emails={emails.data.items}
              transport={emails.data.transport}
              maxAttempts={emails.data.maxAttempts}
              retryingId={retry.isPending ? (retry.variables ?? null) : null}
              onRetry={(id) =>
                retry.mutate(id, { onSuccess: () => notifySuccess(t('emails.retried')) })
              }
              onShow={setShownId}
            />
          )}
        </Paper>
      </Stack>
      <EmailPreviewModal id={shownId} onClose={() => setShownId(null)} />
    </>
  );
}
