import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useRateTicket, useTicketRating } from '../../api/ticket-ratings';
import { GivenRating } from './given-rating';
import { RatingForm } from './rating-form';
import { IconThumbUp } from './rating-icons';

interface TicketRatingSectionProps {
  ticket: { number: number; status: string };
  forStaff: boolean;
}

/**
 * On a closed ticket: the requester (or a company_admin) rates the closing; staff,
 * and the customer once rated, see the rating and its comment.
 */
export function TicketRatingSection({ ticket, forStaff }: TicketRatingSectionProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const isClosed = ticket.status === 'closed';
  const rating = useTicketRating(ticket.number, isClosed);
  const rate = useRateTicket(ticket.number);
  const data = rating.data;
  if (!isClosed || !data?.closedAt) return null;
  if (!data.rating && !data.canRate) {
    return forStaff ? (
      <Text size="sm" c="dimmed" data-testid="ticket-rating">
        {t('rating.staff.none')}
      </Text>
    ) : null;
  }
  return (
    <Card component="section" aria-labelledby={titleId} withBorder data-testid="ticket-rating">
      <Stack gap="sm">
        <Group gap="xs">
          <IconThumbUp />
          <Title order={2} fz="md" id={titleId}>
            {forStaff ? t('rating.staff.title') : t('rating.question')}
          </Title>
        </Group>
        {data.rating ? (
          <>
            <GivenRating rating={data.rating} />
            {forStaff && data.agentName && (
              <Text size="sm" c="dimmed">
                {t('rating.staff.countsFor', { name: data.agentName })}
              </Text>
            )}
            {!forStaff && <Text size="sm">{t('rating.thanks')}</Text>}
          </>
        ) : (
          <>
            <Text size="sm">{t('rating.intro')}</Text>
            <RatingForm
              error={rate.error}
              isPending={rate.isPending}
              onSubmit={(input) => rate.mutate(input)}
            />
          </>
        )}
      </Stack>
    </Card>
  );
}
