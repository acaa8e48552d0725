import { Anchor, Badge, Divider, Group, Stack, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LateCorrection } from '../../../shared/api/dashboard';
import { currentLocale } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { IconAlert } from '../first-screen-icons';
import { formatHoursDelta } from '../hours/hours-format';
import { formatPeriodDays } from '../hours/period-text';
import { DashboardPanel } from './dashboard-panel';

/**
 * «Διορθώσεις μετά το κλείσιμο περιόδου»: changes to tasks that moved the hours
 * of a period that had already ended — who, when, why and by how much. Shown
 * only when there are any; the figures of a closed period never change silently.
 */
export function LateCorrectionsPanel({ corrections }: { corrections: LateCorrection[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (corrections.length === 0) return null;
  return (
    <DashboardPanel title={t('dashboard.corrections.title')} icon={<IconAlert />}>
      <Text size="sm" c="dimmed" mb="sm">
        {t('dashboard.corrections.intro')}
      </Text>
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {corrections.map((item, index) => (
          <Fragment key={`${item.id}-${item.subscriptionId}-${item.periodStartDate}`}>
            {index > 0 && <Divider component="li" aria-hidden="true" />}
            <Group component="li" justify="space-between" align="flex-start" gap="sm">
              <Stack gap={2} style={{ flex: 1, minWidth: 220 }}>
                <Text size="sm" fw={600}>
                  {t(`dashboard.corrections.action.${item.action}`)}{' '}
                  {item.ticketNumber !== null && (
                    <Anchor component={Link} to={`/tickets/${item.ticketNumber}`} inherit>
                      #{item.ticketNumber}
                    </Anchor>
                  )}
                  {' · '}
                  {t('dashboard.corrections.period', {
                    name: item.packageName,
                    days: formatPeriodDays(
                      t,
                      { startDate: item.periodStartDate, lastDate: item.periodLastDate },
                      locale,
                    ),
                  })}
                </Text>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {t('dashboard.corrections.reason', { reason: item.reason || '—' })}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('dashboard.corrections.byAt', {
                    name: item.actor?.name ?? t('dashboard.corrections.unknownActor'),
                    at: formatDateTime(item.at, locale),
                  })}
                </Text>
              </Stack>
              <Badge
                size="lg"
                radius="sm"
                tt="none"
                variant="light"
                color={item.minutesDelta > 0 ? 'orange' : 'teal'}
                className="aitima-figures"
                title={t(
                  item.minutesDelta > 0
                    ? 'dashboard.corrections.added'
                    : 'dashboard.corrections.removed',
                )}
              >
                {formatHoursDelta(item.minutesDelta)}
              </Badge>
            </Group>
          </Fragment>
        ))}
      </Stack>
    </DashboardPanel>
  );
}
