import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Me } from '../../../shared/api/users';
import { EmptyPlaceholder } from '../feedback/empty-placeholder';
import { IconInbox, IconPlus } from '../icons';
import { DashboardPanel } from './dashboard-panel';
import { PanelAction } from './panel-action';

/** (4) «Πρόσφατα αιτήματα»: the latest requests and their status, and «Νέο αίτημα». */
export function RecentRequestsPanel({ me }: { me: Me }) {
  const { t } = useTranslation();
  const actions = (
    <>
      {me.abilities.submitRequest && (
        <PanelAction
          to="/tickets/new"
          icon={<IconPlus size={16} />}
          label={t('dashboard.recent.new')}
        />
      )}
      <Anchor component={Link} to="/tickets" size="sm" fw={600}>
        {t('dashboard.recent.viewAll')}
      </Anchor>
    </>
  );
  return (
    <DashboardPanel title={t('dashboard.recent.title')} icon={<IconInbox />} actions={actions}>
      <EmptyPlaceholder
        size="sm"
        quiet
        order={3}
        icon={<IconInbox />}
        title={t('dashboard.recent.emptyTitle')}
        description={t('dashboard.recent.emptyText')}
      />
    </DashboardPanel>
  );
}
