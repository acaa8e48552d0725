import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMe } from '../../api/auth';
import { PageHeader } from '../../components/feedback/page-header';
import { IconPlus } from '../../components/icons';
import { TicketList } from '../../components/tickets/ticket-list';

/** «Υποστήριξη» → «Αιτήματα»: every ticket the user may see, with its status. */
export default function TicketsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe().data;
  const forStaff = Boolean(me?.abilities.useStaffConsole);
  const actions = me?.abilities.submitRequest ? (
    <Button leftSection={<IconPlus size={18} />} onClick={() => navigate('/tickets/new')}>
      {t('tickets.list.new')}
    </Button>
  ) : undefined;
  return (
    <>
      <PageHeader
        title={t('tickets.list.title')}
        subtitle={t(forStaff ? 'tickets.list.subtitleStaff' : 'tickets.list.subtitle')}
        actions={actions}
      />
      <TicketList forStaff={forStaff} />
    </>
  );
}
