import {
  IconThumbDown as TablerThumbDown,
  IconThumbUp as TablerThumbUp,
} from '@tabler/icons-react';
import type { RatingValue } from '../../../shared/api/ticket-ratings';
import { decorative } from '../icon-base';

export const IconThumbUp = /* @__PURE__ */ decorative(TablerThumbUp);
export const IconThumbDown = /* @__PURE__ */ decorative(TablerThumbDown);

/** The thumb of a rating: up for good, down for bad. */
export function RatingIcon({ rating, size = 18 }: { rating: RatingValue; size?: number }) {
  return rating === 'good' ? <IconThumbUp size={size} /> : <IconThumbDown size={size} />;
}
