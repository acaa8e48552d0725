import { useQuery } from '@tanstack/react-query';
import type { TargetBreaches, TargetFigures } from '../../shared/api/targets';
import { apiGet } from './client';

/** Query keys of the targets' figures (staff pages only). */
const targetKeys = {
  figures: (packageId: string) => ['targets', 'figures', packageId] as const,
  breaches: (companyId: string) => ['targets', 'breaches', companyId] as const,
};

/** A package's targets met and breached over the last twelve months (staff). */
export function useTargetFigures(packageId: string, enabled: boolean) {
  return useQuery({
    queryKey: targetKeys.figures(packageId),
    queryFn: ({ signal }): Promise<TargetFigures> =>
      apiGet('/api/packages/{id}/target-figures', {
        params: { id: packageId },
        query: { months: 12 },
        signal,
      }),
    enabled,
  });
}

/** A company's targets missed this month (staff). */
export function useCompanyBreaches(companyId: string) {
  return useQuery({
    queryKey: targetKeys.breaches(companyId),
    queryFn: ({ signal }): Promise<TargetBreaches> =>
      apiGet('/api/companies/{id}/target-breaches', { params: { id: companyId }, signal }),
  });
}
