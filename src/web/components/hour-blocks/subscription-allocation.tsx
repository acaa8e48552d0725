import { Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AllocatedSubscription } from '../../../shared/api/hours-allocation';
import { formatHours } from '../hours/hours-format';
import { formatLocalDay } from './local-date';

/** One package's current period: rolled-over hours and their expiry, the order of use, the forecast. */
export function SubscriptionAllocation({ figures }: { figures: AllocatedSubscription }) {
  const { t } = useTranslation();
  const forecast = figures.forecast;
  return (
    <Stack gap={6} data-testid="subscription-allocation">
      <Text fw={600}>{figures.packageName}</Text>
      <Group gap="xs">
        <Text size="sm">{t('packageEconomics.rolledIn')}:</Text>
        <Text size="sm" fw={600} data-testid="rolled-in">
          {formatHours(figures.rolledInMinutes)}
        </Text>
        {figures.rolledExpiresOn && figures.rolledRemainingMinutes > 0 && (
          <Text size="sm" c="dimmed">
            {t('packageEconomics.rolledExpires', {
              hours: formatHours(figures.rolledRemainingMinutes),
              date: formatLocalDay(figures.rolledExpiresOn),
            })}
          </Text>
        )}
      </Group>
      {figures.expiredLastPeriodMinutes > 0 && (
        <Text size="sm" c="dimmed">
          {t('packageEconomics.expired', { hours: formatHours(figures.expiredLastPeriodMinutes) })}
        </Text>
      )}
      <Text size="sm">{t('packageEconomics.orderTitle')}</Text>
      <List size="sm" type="ordered" spacing={2}>
        <List.Item>
          {t('packageEconomics.order.rollover', {
            hours: formatHours(figures.fromRolloverMinutes),
          })}
        </List.Item>
        <List.Item>
          {t('packageEconomics.order.period', { hours: formatHours(figures.fromPeriodMinutes) })}
        </List.Item>
        <List.Item>
          {t('packageEconomics.order.block', { hours: formatHours(figures.fromBlockMinutes) })}
        </List.Item>
        <List.Item>
          <Text span size="sm" c={figures.overageMinutes > 0 ? 'red' : undefined}>
            {t('packageEconomics.order.overage', { hours: formatHours(figures.overageMinutes) })}
          </Text>
        </List.Item>
      </List>
      <Text size="sm" fw={500} data-testid="forecast">
        {forecast.kind === 'runs_out' && forecast.runsOutOn
          ? t('packageEconomics.forecast.runsOut', {
              date: formatLocalDay(forecast.runsOutOn, true),
            })
          : forecast.kind === 'used_up'
            ? t('packageEconomics.forecast.usedUp')
            : t('packageEconomics.forecast.lasts')}
      </Text>
    </Stack>
  );
}
