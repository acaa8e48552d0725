import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DashboardSubscription } from '../../../shared/api/dashboard';
import { liveFigures, timersFromApi } from '../../../shared/hours';
import { HoursText } from '../hours/hours-text';
import classes from '../hours/running-clock.module.css';

interface HoursBalanceProps {
  subscriptions: DashboardSubscription[] | undefined;
  now: Date;
}

/** «Υπόλοιπο ωρών»: the hours left in each active package, moving while a task runs. */
export function HoursBalance({ subscriptions, now }: HoursBalanceProps) {
  const { t } = useTranslation();
  const isLive = subscriptions?.some((item) => item.runningTimers.length > 0) ?? false;
  return (
    <Paper bg="var(--mantine-primary-color-light)" p="md" radius="md">
      <Title order={3} fz="sm" fw={600} c="dimmed">
        {t('dashboard.active.balanceTitle')}
      </Title>
      {!subscriptions || subscriptions.length === 0 ? (
        <>
          <Text fz={28} fw={700} lh={1.3} aria-hidden="true">
            {t('common.notSet')}
          </Text>
          <Text size="sm" c="dimmed">
            {subscriptions ? t('dashboard.active.balanceEmpty') : t('common.loading')}
          </Text>
        </>
      ) : (
        <Stack gap={4} component="dl" m={0} mt={4}>
          {subscriptions.map((subscription) => {
            const figures = liveFigures(
              subscription.summary,
              timersFromApi(subscription.runningTimers),
              now,
            );
            const isOver = figures.remainingMinutes < 0;
            return (
              // Wraps: a package's name and its balance in words share a line only if they fit.
              <Group key={subscription.id} justify="space-between" gap="sm" wrap="wrap">
                <Text component="dt" size="sm" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                  {subscription.packageName}
                </Text>
                <Text component="dd" m={0} style={{ flexShrink: 0 }}>
                  <HoursText
                    minutes={figures.remainingMinutes}
                    fz={subscriptions.length === 1 ? 28 : 'xl'}
                    fw={700}
                    lh={1.3}
                    c={isOver ? 'red.8' : undefined}
                    style={{ fontVariantNumeric: 'tabular-nums' }}
                  />
                </Text>
              </Group>
            );
          })}
        </Stack>
      )}
      {isLive && (
        <Group gap={6} wrap="nowrap" mt={4}>
          <span className={classes.dot} aria-hidden="true" />
          <Text size="xs" c="red.8" fw={600}>
            {t('dashboard.active.balanceLive')}
          </Text>
        </Group>
      )}
    </Paper>
  );
}
