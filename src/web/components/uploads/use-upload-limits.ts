import { useQuery } from '@tanstack/react-query';
import type { TicketFormOptions } from '../../../shared/api/tickets';
import { apiGet } from '../../api/client';
import { queryKeys } from '../../api/query-keys';

type UploadLimits = TicketFormOptions['uploadLimits'];

/**
 * The upload limits to check files against: the ones given (customers have them
 * in the ticket form options), else GET /api/uploads/limits, which any signed-in
 * user may read (staff, whose form options are not theirs to load).
 */
export function useUploadLimits(given: UploadLimits | undefined): UploadLimits | undefined {
  const fetched = useQuery({
    queryKey: queryKeys.uploadLimits,
    queryFn: ({ signal }): Promise<UploadLimits> => apiGet('/api/uploads/limits', { signal }),

    staleTime: Number.POSITIVE_INFINITY,
    enabled: given === undefined,
  });
  return given ?? fetched.data;
}
