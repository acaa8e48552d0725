import { Badge, Divider, Group, Skeleton, Stack, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { Subscription } from '../../../shared/api/packages';
import { useCompanySubscriptions } from '../../api/tickets';
import { currentLocale } from '../../i18n';
import { formatDate, formatHours } from '../../lib/format';
import { EmptyPlaceholder } from '../feedback/empty-placeholder';
import { QueryError } from '../feedback/query-error';
import { IconPackage } from '../icons';
import { SectionCard } from './section-card';

const STATUS_COLORS: Record<Subscription['status'], string> = {
  active: 'green',
  paused: 'yellow',
  ended: 'gray',
};

function SubscriptionRow({ subscription }: { subscription: Subscription }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { package: pkg } = subscription;
  const dates = subscription.endDate
    ? t('companies.packages.between', {
        from: formatDate(subscription.startDate, locale),
        to: formatDate(subscription.endDate, locale),
      })
    : t('companies.packages.since', { from: formatDate(subscription.startDate, locale) });
  return (
    <Group justify="space-between" align="flex-start" gap="sm" py="xs" wrap="nowrap">
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Text fw={600} size="sm">
          {pkg.name}
        </Text>
        <Text size="sm">
          {t('companies.packages.hours', {
            hours: formatHours(subscription.hoursPerPeriod * 60, locale),
            period: t(`companies.packages.period.${pkg.periodKind}`),
          })}
        </Text>
        <Text size="xs" c="dimmed">
          {dates}
        </Text>
      </Stack>
      <Badge color={STATUS_COLORS[subscription.status]} variant="light" radius="sm" tt="none">
        {t(`companies.packages.status.${subscription.status}`)}
      </Badge>
    </Group>
  );
}

/** «Πακέτα support» of a company (staff): name, hours per period, status and dates. */
export function CompanyPackagesCard({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const subscriptions = useCompanySubscriptions(companyId);
  return (
    <SectionCard title={t('companies.packages.title')} icon={<IconPackage />}>
      {subscriptions.isPending ? (
        <Stack gap="sm">
          <Skeleton h={48} radius="sm" />
          <Skeleton h={48} radius="sm" />
        </Stack>
      ) : subscriptions.isError ? (
        <QueryError
          error={subscriptions.error}
          title={t('companies.packages.loadFailed')}
          onRetry={() => void subscriptions.refetch()}
        />
      ) : subscriptions.data.items.length === 0 ? (
        <EmptyPlaceholder
          size="sm"
          quiet
          order={3}
          icon={<IconPackage />}
          title={t('companies.packages.emptyTitle')}
          description={t('companies.packages.emptyText')}
        />
      ) : (
        <Stack gap={0}>
          {subscriptions.data.items.map((subscription, index) => (
            <Fragment key={subscription.id}>
              {index > 0 && <Divider />}
              <SubscriptionRow subscription={subscription} />
            </Fragment>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}
