import { Alert, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ratingValueSchema } from '../../shared/api/ticket-ratings';
import { useRateByLink, useRatingLink } from '../api/ticket-ratings';
import { PageLoader } from '../components/feedback/page-loader';
import { QueryError } from '../components/feedback/query-error';
import { AuthCard } from '../components/layout/auth-card';
import { GivenRating } from '../components/ratings/given-rating';
import { RatingForm } from '../components/ratings/rating-form';
import { IconThumbUp } from '../components/ratings/rating-icons';

/**
 * /rate/:token?rating=good|bad (public: the closing email's links, no sign-in). Opening
 * it records nothing (mail scanners open links): the choice from the email is selected
 * and the rating is kept only when the button is pressed; the link works once.
 */
export default function RatePage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const [search] = useSearchParams();
  const initial = ratingValueSchema.safeParse(search.get('rating')).data;
  const link = useRatingLink(token);
  const rate = useRateByLink(token);

  if (link.isPending) return <PageLoader />;
  if (link.isError) return <QueryError error={link.error} onRetry={() => void link.refetch()} />;
  const info = link.data;
  const subtitle =
    info.ticketNumber === null
      ? t('rating.link.notFound')
      : t('rating.link.about', { number: info.ticketNumber, subject: info.subject });
  const toLogin = (
    <Button component={Link} to="/login" variant="subtle" fullWidth>
      {t('rating.link.toLogin')}
    </Button>
  );

  if (info.state === 'rated' && info.rating) {
    const title = rate.isSuccess ? t('rating.link.thanksTitle') : t('rating.link.alreadyTitle');
    return (
      <AuthCard title={title} subtitle={subtitle} icon={<IconThumbUp size={24} />} maxWidth={520}>
        <Stack gap="sm">
          {!rate.isSuccess && (
            <Alert color="blue" variant="light" role="status">
              {t('rating.link.alreadyText')}
            </Alert>
          )}
          <GivenRating rating={info.rating} />
          {toLogin}
        </Stack>
      </AuthCard>
    );
  }
  if (info.state !== 'open') {
    return (
      <AuthCard
        title={t(`rating.link.${info.state === 'rated' ? 'not_found' : info.state}Title`)}
        subtitle={subtitle}
        icon={<IconThumbUp size={24} />}
        maxWidth={520}
      >
        <Stack gap="sm">
          <Alert color="yellow" variant="light" role="alert">
            {t(`rating.link.${info.state === 'rated' ? 'not_found' : info.state}Text`)}
          </Alert>
          {toLogin}
        </Stack>
      </AuthCard>
    );
  }
  return (
    <AuthCard
      title={t('rating.question')}
      subtitle={subtitle}
      icon={<IconThumbUp size={24} />}
      maxWidth={520}
    >
      <RatingForm
        initial={initial}
        error={rate.error}
        isPending={rate.isPending}
        onSubmit={(input) => rate.mutate(input)}
      />
    </AuthCard>
  );
}
