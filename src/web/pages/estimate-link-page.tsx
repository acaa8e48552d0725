import { Alert, Blockquote, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useDecideByLink, useEstimateLink } from '../api/estimate-links';
import { PageLoader } from '../components/feedback/page-loader';
import { QueryError } from '../components/feedback/query-error';
import { FormAlert } from '../components/form/form-alert';
import { formatHours } from '../components/hours/hours-format';
import { IconCircleCheck } from '../components/icons';
import { AuthCard } from '../components/layout/auth-card';

/**
 * /estimate/:token?decision=approve|decline (public: the estimate email's links, no
 * sign-in). Opening it records nothing (mail scanners open links): the answer chosen
 * in the email is the highlighted button, and only a press records it; the link
 * works once.
 */
export default function EstimateLinkPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const [search] = useSearchParams();
  const chosen = search.get('decision') === 'decline' ? 'decline' : 'approve';
  const link = useEstimateLink(token);
  const decide = useDecideByLink(token);

  if (link.isPending) return <PageLoader />;
  if (link.isError) return <QueryError error={link.error} onRetry={() => void link.refetch()} />;
  const info = link.data;
  const subtitle =
    info.ticketNumber === null
      ? t('estimates.link.notFound')
      : t('estimates.link.about', { number: info.ticketNumber, subject: info.subject });
  const icon = <IconCircleCheck size={24} />;
  const toLogin = (
    <Button component={Link} to="/login" variant="subtle" fullWidth>
      {t('estimates.link.toLogin')}
    </Button>
  );
  const details =
    info.minutes === null ? null : (
      <Stack gap={4}>
        <Text fw={600}>{t('estimates.estimateOf', { hours: formatHours(info.minutes) })}</Text>
        <Text size="sm" c="dimmed">
          {t('estimates.included')}
        </Text>
        <Blockquote p="xs" style={{ whiteSpace: 'pre-wrap' }}>
          {info.included}
        </Blockquote>
      </Stack>
    );

  if (info.state !== 'open') {
    const done = decide.isSuccess;
    return (
      <AuthCard
        title={t(`estimates.link.${info.state}Title`)}
        subtitle={subtitle}
        icon={icon}
        maxWidth={520}
      >
        <Stack gap="sm">
          <Alert
            color={done ? 'green' : info.state === 'not_found' ? 'yellow' : 'blue'}
            variant="light"
            role={done ? 'status' : 'alert'}
          >
            {done ? t(`estimates.${info.state}`) : t(`estimates.link.${info.state}Text`)}
          </Alert>
          {details}
          {toLogin}
        </Stack>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t('estimates.link.question')} subtitle={subtitle} icon={icon} maxWidth={520}>
      <Stack gap="sm">
        {details}
        <Text size="sm">{t('estimates.link.help')}</Text>
        <FormAlert error={decide.error} />
        <Group grow>
          <Button
            variant={chosen === 'approve' ? 'filled' : 'default'}
            loading={decide.isPending && decide.variables === 'approve'}
            disabled={decide.isPending}
            onClick={() => decide.mutate('approve')}
          >
            {t('estimates.approve')}
          </Button>
          <Button
            color="red"
            variant={chosen === 'decline' ? 'filled' : 'default'}
            loading={decide.isPending && decide.variables === 'decline'}
            disabled={decide.isPending}
            onClick={() => decide.mutate('decline')}
          >
            {t('estimates.decline')}
          </Button>
        </Group>
      </Stack>
    </AuthCard>
  );
}
