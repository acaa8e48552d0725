import type { HourBlock, HourBlockOffer } from '../../shared/api/hour-blocks.js';
import type { HourBlockOfferRow, HourBlockView } from './hour-blocks.repository.js';

export function presentHourBlockOffer(row: HourBlockOfferRow): HourBlockOffer {
  return {
    id: row.id,
    name: row.name,
    hours: row.hours,
    price: row.price,
    validityMonths: row.validityMonths,
    isActive: row.isActive,
  };
}

const personOf = (
  user: { id: string | null; firstName: string | null; lastName: string | null } | null,
) =>
  user?.id ? { id: user.id, name: `${user.firstName ?? ''} ${user.lastName ?? ''}`.trim() } : null;

/** A block as customers and staff see it: terms, state, who asked and who decided. */
export function presentHourBlock({ block, requester, decider }: HourBlockView): HourBlock {
  return {
    id: block.id,
    companyId: block.companyId,
    name: block.name,
    hours: block.hours,
    price: block.price,
    validityMonths: block.validityMonths,
    startsOn: block.startsOn,
    validUntil: block.validUntil,
    status: block.status,
    requestedAt: block.createdAt.toISOString(),
    requestedBy: personOf(requester),
    decidedAt: block.decidedAt?.toISOString() ?? null,
    decidedBy: personOf(decider),
    declineReason: block.declineReason,
  };
}
