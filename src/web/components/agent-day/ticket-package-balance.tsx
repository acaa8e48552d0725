import type { TicketDetail } from '../../../shared/api/tickets';
import { PackageBalance } from './package-balance';
import { useCompanyPackage } from './package-usage';

/** The ticket's package balance on the staff side panel (nothing when it has no active package). */
export function TicketPackageBalance({ ticket }: { ticket: TicketDetail }) {
  const found = useCompanyPackage(ticket.company.id, ticket.subscriptionId);
  if (!found) return null;
  return <PackageBalance packageName={found.subscription.packageName} figures={found.figures} />;
}
