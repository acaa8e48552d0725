import { PackageBalance } from './package-balance';
import { useCompanyPackage } from './package-usage';

/** Used, remaining and overage under a package card of the company page (active packages only). */
export function SubscriptionBalance({
  companyId,
  subscriptionId,
}: {
  companyId: string;
  subscriptionId: string;
}) {
  const found = useCompanyPackage(companyId, subscriptionId);
  if (!found) return null;
  return (
    <PackageBalance packageName={found.subscription.packageName} figures={found.figures} hideName />
  );
}
