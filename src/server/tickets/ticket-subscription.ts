import type { Executor } from '../db/database.js';
import { invalid } from '../http/errors.js';
import { listActiveSubscriptions } from '../subscriptions/subscriptions.repository.js';
import { companyToday } from './today.js';

/**
 * The subscription a new ticket is charged to: one of the company's active ones,
 * required when the company has any; none when it has none.
 */
export async function chooseSubscription(
  db: Executor,
  companyId: string,
  requested: string | null,
): Promise<string | null> {
  const active = await listActiveSubscriptions(db, companyId, await companyToday(db, companyId));
  if (active.length === 0) {
    if (requested) throw invalid('subscriptionId', 'invalid_value');
    return null;
  }
  if (!requested) throw invalid('subscriptionId', 'required');
  if (!active.some((row) => row.subscription.id === requested))
    throw invalid('subscriptionId', 'invalid_value');
  return requested;
}
