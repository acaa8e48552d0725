import { Button, Divider, Skeleton, Stack } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Subscription } from '../../../shared/api/packages';
import { useMe } from '../../api/auth';
import { useUpdateSubscription } from '../../api/packages';
import { useCompanySubscriptions } from '../../api/tickets';
import { SubscriptionBalance } from '../agent-day/subscription-balance';
import { notifySuccess } from '../company/notify';
import { SectionCard } from '../company/section-card';
import { ConfirmModal } from '../contacts/confirm-modal';
import { EmptyPlaceholder } from '../feedback/empty-placeholder';
import { QueryError } from '../feedback/query-error';
import { FormAlert } from '../form/form-alert';
import { IconLayout, IconPackage, IconPlus } from '../icons';
import { SubscriptionFormModal } from './subscription-form-modal';
import { type SubscriptionAction, SubscriptionRow } from './subscription-row';

type StatusChange = { subscription: Subscription; status: 'active' | 'paused' | 'ended' };

/**
 * «Πακέτα support» of one company (staff): its packages with hours, dates and
 * status, and a way to its central screen. Administrators give it a package
 * (start date, optional end date and hours), change, pause, resume and end one.
 * Self-contained: mount it with the company's id.
 */
export function CompanySubscriptions({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // Only administrators may change packages (the server checks it too).
  const canManage = useMe().data?.abilities.managePackages ?? false;
  const subscriptions = useCompanySubscriptions(companyId);
  const update = useUpdateSubscription();
  const [editing, setEditing] = useState<Subscription | null | undefined>(undefined);
  const [change, setChange] = useState<StatusChange | null>(null);

  const onAction = (action: SubscriptionAction, subscription: Subscription) =>
    action === 'change' ? setEditing(subscription) : setChange({ subscription, status: action });
  const closeChange = () => {
    update.reset();
    setChange(null);
  };

  const actions = (
    <>
      <Button
        size="xs"
        variant="subtle"
        leftSection={<IconLayout size={16} />}
        onClick={() => navigate(`/staff/companies/${encodeURIComponent(companyId)}/dashboard`)}
      >
        {t('subscriptions.dashboard')}
      </Button>
      {canManage && (
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={16} />}
          onClick={() => setEditing(null)}
        >
          {t('subscriptions.add')}
        </Button>
      )}
    </>
  );

  return (
    <SectionCard title={t('subscriptions.title')} icon={<IconPackage />} actions={actions}>
      {subscriptions.isPending ? (
        <Stack gap="sm">
          <Skeleton h={48} radius="sm" />
          <Skeleton h={48} radius="sm" />
        </Stack>
      ) : subscriptions.isError ? (
        <QueryError
          error={subscriptions.error}
          title={t('subscriptions.loadFailed')}
          onRetry={() => void subscriptions.refetch()}
        />
      ) : subscriptions.data.items.length === 0 ? (
        <EmptyPlaceholder
          size="sm"
          quiet
          order={3}
          icon={<IconPackage />}
          title={t('subscriptions.emptyTitle')}
          description={t(canManage ? 'subscriptions.emptyTextAdmin' : 'subscriptions.emptyText')}
        />
      ) : (
        <Stack gap={0} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {subscriptions.data.items.map((subscription, index) => (
            <Fragment key={subscription.id}>
              {index > 0 && <Divider component="li" aria-hidden="true" />}
              <li>
                <SubscriptionRow
                  subscription={subscription}
                  canManage={canManage}
                  onAction={onAction}
                />
                {subscription.status === 'active' && (
                  <SubscriptionBalance companyId={companyId} subscriptionId={subscription.id} />
                )}
              </li>
            </Fragment>
          ))}
        </Stack>
      )}
      <SubscriptionFormModal
        opened={editing !== undefined}
        companyId={companyId}
        subscription={editing ?? null}
        onClose={() => setEditing(undefined)}
      />
      <ConfirmModal
        opened={change !== null}
        title={change ? t(`subscriptions.confirm.${change.status}.title`) : ''}
        text={
          change
            ? t(`subscriptions.confirm.${change.status}.text`, {
                name: change.subscription.package.name,
              })
            : ''
        }
        confirmLabel={change ? t(`subscriptions.confirm.${change.status}.action`) : ''}
        color={change?.status === 'ended' ? 'red' : undefined}
        loading={update.isPending}
        error={<FormAlert error={update.error} />}
        onConfirm={() =>
          change &&
          update.mutate(
            { id: change.subscription.id, status: change.status },
            {
              onSuccess: () => {
                notifySuccess(t(`subscriptions.notify.${change.status}`));
                closeChange();
              },
            },
          )
        }
        onClose={closeChange}
      />
    </SectionCard>
  );
}
