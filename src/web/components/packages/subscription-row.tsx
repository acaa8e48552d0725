import { ActionIcon, Badge, Group, Menu, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Subscription } from '../../../shared/api/packages';
import { currentLocale } from '../../i18n';
import { formatPeriodDays } from '../hours/period-text';
import { IconDots, IconEdit, IconPlayerStop, IconRotate, IconX } from '../icons';
import { hoursPerPeriodText } from './package-text';
import { subscriptionRolloverText } from './rollover-text';

export const SUBSCRIPTION_COLORS: Record<Subscription['status'], string> = {
  active: 'green',
  paused: 'yellow',
  ended: 'gray',
};

/** What an administrator may do to a company's package. */
export type SubscriptionAction = 'change' | 'active' | 'paused' | 'ended';

interface SubscriptionRowProps {
  subscription: Subscription;
  canManage: boolean;
  onAction: (action: SubscriptionAction, subscription: Subscription) => void;
}

/** One package of a company: name, hours (and whether they are overridden), rollover rule, dates, status. */
export function SubscriptionRow({ subscription, canManage, onAction }: SubscriptionRowProps) {
  const { t } = useTranslation();
  const { package: pkg, status } = subscription;
  return (
    <Group justify="space-between" align="flex-start" gap="sm" py="xs" wrap="nowrap">
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
          {pkg.name}
        </Text>
        <Text size="sm">
          {hoursPerPeriodText(t, subscription.hoursPerPeriod, pkg.periodKind)}
          {subscription.hoursPerPeriodOverride !== null && (
            <Text span size="xs" c="dimmed">
              {' '}
              {t('subscriptions.overridden')}
            </Text>
          )}
        </Text>
        <Text size="xs">{subscriptionRolloverText(t, subscription)}</Text>
        <Text size="xs" c="dimmed">
          {formatPeriodDays(
            t,
            { startDate: subscription.startDate, lastDate: subscription.endDate },
            currentLocale(),
          )}
        </Text>
      </Stack>
      <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
        <Badge color={SUBSCRIPTION_COLORS[status]} variant="light" radius="sm" tt="none">
          {t(`subscriptions.status.${status}`)}
        </Badge>
        {canManage && status !== 'ended' && (
          <Menu position="bottom-end" width={220}>
            <Menu.Target>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={t('subscriptions.actions', { name: pkg.name })}
              >
                <IconDots size={18} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item
                leftSection={<IconEdit size={16} />}
                onClick={() => onAction('change', subscription)}
              >
                {t('subscriptions.change')}
              </Menu.Item>
              {status === 'active' ? (
                <Menu.Item
                  leftSection={<IconPlayerStop size={16} />}
                  onClick={() => onAction('paused', subscription)}
                >
                  {t('subscriptions.pause')}
                </Menu.Item>
              ) : (
                <Menu.Item
                  leftSection={<IconRotate size={16} />}
                  onClick={() => onAction('active', subscription)}
                >
                  {t('subscriptions.resume')}
                </Menu.Item>
              )}
              <Menu.Item
                color="red"
                leftSection={<IconX size={16} />}
                onClick={() => onAction('ended', subscription)}
              >
                {t('subscriptions.end')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
    </Group>
  );
}
