import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { IconPlus } from '../icons';

/** «Νέο αίτημα για πελάτη» (staff): opens the form, for the given company when there is one. */
export function NewTicketForCustomerButton({ companyId }: { companyId?: string }) {
  const { t } = useTranslation();
  const to = companyId
    ? `/staff/tickets/new?company=${encodeURIComponent(companyId)}`
    : '/staff/tickets/new';
  return (
    <Button component={Link} to={to} leftSection={<IconPlus size={18} />}>
      {t('tickets.forCustomer.action')}
    </Button>
  );
}
