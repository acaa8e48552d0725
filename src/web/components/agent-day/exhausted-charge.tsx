import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useTicket } from '../../api/tickets';
import { formatHours } from '../hours/hours-format';
import { useCompanyPackage } from './package-usage';

/**
 * What billable work on a used-up package will be charged: all of it as overage, on top
 * of the overage so far (there are no prices yet: hours only).
 */
export function ExhaustedCharge({ ticketNumber }: { ticketNumber: number }) {
  const { t } = useTranslation();
  const ticket = useTicket(ticketNumber).data;
  const found = useCompanyPackage(ticket?.company.id ?? '', ticket?.subscriptionId ?? null);
  if (!found) return null;
  const { figures, subscription } = found;
  return (
    <Text size="sm" fw={600} c="red.8">
      {t('agentDay.exhausted.charge', {
        packageName: subscription.packageName,
        used: formatHours(figures.usedMinutes),
        allowance: formatHours(figures.allowanceMinutes),
        overage: formatHours(figures.overageMinutes),
      })}
    </Text>
  );
}
