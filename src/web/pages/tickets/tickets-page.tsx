import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMe } from '../api/auth';
import { PlaceholderPage } from '../components/feedback/placeholder-page';
import { IconInbox, IconPlus } from '../components/icons';

/** «Αιτήματα»: every request the user may see, with its status (the list comes next). */
export default function TicketsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe().data;
  const actions = me?.abilities.submitRequest ? (
    <Button leftSection={<IconPlus size={18} />} onClick={() => navigate('/tickets/new')}>
      {t('tickets.list.new')}
    </Button>
  ) : undefined;
  return (
    <PlaceholderPage
      title={t('tickets.list.title')}
      subtitle={t('tickets.list.subtitle')}
      emptyTitle={t('tickets.list.emptyTitle')}
      emptyText={t('tickets.list.emptyText')}
      icon={<IconInbox size={28} />}
      actions={actions}
    />
  );
}
