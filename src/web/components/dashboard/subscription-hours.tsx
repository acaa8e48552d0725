import { Badge, Center, Group, Stack, Text } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardSubscription } from '../../../shared/api/dashboard';
import { formatEuros, liveFigures, overageChargeCents, timersFromApi } from '../../../shared/hours';
import { currentLocale } from '../../i18n';
import { useAfterPaint } from '../../lib/use-after-paint';
import { formatLocalDay, formatPeriodDays } from '../hours/period-text';
import { hoursPerPeriodText } from '../packages/package-text';
import { HourFigure } from './hour-figure';

// Mantine's ring brings its tooltip and positioning code (~25 kB gzipped): the figures, which
// need none of it, show first and the ring is drawn once they are on screen.
const HoursRing = lazy(() => import('./hours-ring'));
const RING_SIZE = 104;

interface SubscriptionHoursProps {
  subscription: DashboardSubscription;
  now: Date;
}

/**
 * One active package: its name and period (and the company's own hours, when they differ
 * from the package's), a ring of hours used, used / remaining / overage.
 */
export function SubscriptionHours({ subscription, now }: SubscriptionHoursProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const figures = liveFigures(subscription.summary, timersFromApi(subscription.runningTimers), now);
  const percent = figures.usedRatio === null ? 0 : Math.round(figures.usedRatio * 100);
  // The overage is the allocation's (rolled-over hours and blocks are used before it): what
  // it was at the server's now, plus work since then past what was still available. Inline,
  // not a shared helper: the first visit's budget has no bytes to spare for one.
  const { allocation, summary } = subscription;
  const overageMinutes =
    allocation.overageMinutes +
    Math.max(0, figures.usedMinutes - summary.usedMinutes - allocation.availableMinutes);
  const isOver = overageMinutes > 0;
  const rate = subscription.overageRatePerHour;
  const overageCents = overageChargeCents(overageMinutes, rate);
  const { period } = subscription;
  // A one-off block has no periods to speak of: its hours are the package's.
  const isOneOff = subscription.periodKind === 'one_off';
  const isRingDue = useAfterPaint(true);
  const ringLabel = t(
    isOneOff ? 'dashboard.package.usedPercentOneOff' : 'dashboard.package.usedPercent',
    { percent },
  );
  // Until the ring arrives: the same place, with the percentage it will show.
  const ringStandIn = (
    <Center w={RING_SIZE} h={RING_SIZE} role="img" aria-label={ringLabel} style={{ flexShrink: 0 }}>
      <Text ta="center" fw={700} size="sm" c={isOver ? 'red.8' : undefined} aria-hidden>
        {percent}%
      </Text>
    </Center>
  );

  return (
    <Stack gap="sm" component="article" aria-label={subscription.packageName}>
      <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text fw={650} style={{ overflowWrap: 'anywhere' }}>
            {subscription.packageName}
          </Text>
          <Text size="sm" c="dimmed">
            {t('dashboard.package.period', {
              kind: t(`hours.period.${subscription.periodKind}`),
              days: formatPeriodDays(t, period, locale),
            })}
          </Text>
          {subscription.hasHoursOverride && (
            <Text size="sm" c="harbour.8">
              {t('dashboard.package.ownHours', {
                hours: hoursPerPeriodText(t, subscription.hoursPerPeriod, subscription.periodKind),
              })}
            </Text>
          )}
        </Stack>
        {isOver && (
          <Badge color="red" variant="filled" radius="sm" tt="none" style={{ flexShrink: 0 }}>
            {t('dashboard.package.overage')}
          </Badge>
        )}
      </Group>
      {/* Hours in words need room: on a phone the figures go under the ring, full width. */}
      <Group gap="md" wrap="wrap" align="center">
        {isRingDue ? (
          <Suspense fallback={ringStandIn}>
            <HoursRing percent={percent} isOver={isOver} label={ringLabel} />
          </Suspense>
        ) : (
          ringStandIn
        )}
        <Stack component="dl" gap={4} m={0} style={{ flex: '1 1 220px', minWidth: 0 }}>
          <HourFigure label={t('dashboard.package.used')} minutes={figures.usedMinutes} />
          <HourFigure
            label={t('dashboard.package.remaining')}
            minutes={figures.remainingMinutes}
            isAlarming={isOver}
            isMain
          />
          {isOver && (
            <HourFigure
              label={t('dashboard.package.overage')}
              minutes={overageMinutes}
              isAlarming
            />
          )}
          {isOver && overageCents !== null && rate !== null && (
            <Group justify="space-between" gap="xs" align="baseline">
              <Text component="dt" size="sm" c="red.8" fw={600}>
                {t('estimates.overageCharge', {
                  rate: formatEuros(Math.round(rate * 100), locale),
                })}
              </Text>
              <Text component="dd" m={0} fw={700} c="red.8">
                {formatEuros(overageCents, locale)}
              </Text>
            </Group>
          )}
          <HourFigure
            label={t(
              isOneOff ? 'dashboard.package.allowanceOneOff' : 'dashboard.package.allowance',
            )}
            minutes={figures.allowanceMinutes}
          />
        </Stack>
      </Group>
      <Text size="sm" c="dimmed">
        {period.lastDate
          ? t('dashboard.package.periodEnds', { date: formatLocalDay(period.lastDate, locale) })
          : t('dashboard.package.noEnd')}
      </Text>
    </Stack>
  );
}
