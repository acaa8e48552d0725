import { useTranslation } from 'react-i18next';
import type { Me } from '../../../shared/api/users';
import { EmptyPlaceholder } from '../feedback/empty-placeholder';
import { IconPlus, IconUsers } from '../icons';
import { DashboardPanel } from './dashboard-panel';
import { PanelAction } from './panel-action';

/** (2) «Επαφές»: the company's contacts; its administrator may add more. */
export function ContactsPanel({ me }: { me: Me }) {
  const { t } = useTranslation();
  const action = me.abilities.manageContacts ? (
    <PanelAction
      to="/company/contacts/new"
      icon={<IconPlus size={16} />}
      label={t('dashboard.contacts.add')}
    />
  ) : undefined;
  return (
    <DashboardPanel title={t('dashboard.contacts.title')} icon={<IconUsers />} actions={action}>
      <EmptyPlaceholder
        size="sm"
        quiet
        order={3}
        icon={<IconUsers />}
        title={t('dashboard.contacts.emptyTitle')}
        description={t('dashboard.contacts.emptyText')}
      />
    </DashboardPanel>
  );
}
