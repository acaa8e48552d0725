import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/feedback/page-header';
import { NewTicketForCustomerButton } from '../../components/tickets/new-ticket-for-customer-button';
import { TicketList } from '../../components/tickets/ticket-list';

/** «Ουρά αιτημάτων»: every company's tickets, with the staff filters. */
export default function StaffTicketsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t('staff.tickets.title')}
        subtitle={t('staff.tickets.description')}
        actions={<NewTicketForCustomerButton />}
      />
      <TicketList forStaff />
    </>
  );
}
