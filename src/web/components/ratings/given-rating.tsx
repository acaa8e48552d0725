import { Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GivenRating as GivenRatingData } from '../../../shared/api/ticket-ratings';
import { RatingIcon } from './rating-icons';

/** A rating already given: its thumb and words, and the comment if there is one. */
export function GivenRating({ rating }: { rating: GivenRatingData }) {
  const { t } = useTranslation();
  return (
    <Stack gap={6}>
      <Badge
        size="lg"
        variant="light"
        color={rating.rating === 'good' ? 'teal' : 'red'}
        leftSection={<RatingIcon rating={rating.rating} size={16} />}
        tt="none"
      >
        {t(`rating.values.${rating.rating}`)}
      </Badge>
      {rating.comment && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          «{rating.comment}»
        </Text>
      )}
    </Stack>
  );
}
