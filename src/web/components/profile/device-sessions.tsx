import { Badge, Button, Divider, Group, Skeleton, Stack, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceType, SessionView } from '../../../shared/api/sessions';
import { useEndOtherSessions, useEndSession, useMySessions } from '../../api/profile';
import { currentLocale } from '../../i18n';
import { formatRelativeTime } from '../../lib/format';
import { notifyFailure, notifySuccess } from '../company/notify';
import { QueryError } from '../feedback/query-error';
import {
  IconDeviceDesktop,
  IconDeviceMobile,
  IconDevices,
  IconDeviceTablet,
  IconLogout,
} from '../icons';

const DEVICE_ICONS: Record<DeviceType, typeof IconDevices> = {
  desktop: IconDeviceDesktop,
  mobile: IconDeviceMobile,
  tablet: IconDeviceTablet,
  unknown: IconDevices,
};

/**
 * «Συνδεδεμένες συσκευές»: every place the user is signed in, this one marked, with a
 * way to sign out of any other, or of all of them (a lost phone, a shared computer).
 */
export function DeviceSessions() {
  const { t } = useTranslation();
  const sessions = useMySessions();
  const endOne = useEndSession();
  const endOthers = useEndOtherSessions();

  if (sessions.isPending) return <Skeleton h={120} radius="md" />;
  if (sessions.isError) {
    return <QueryError error={sessions.error} onRetry={() => void sessions.refetch()} />;
  }
  const items = sessions.data.items;
  const hasOthers = items.some((session) => !session.isCurrent);

  const signOutOthers = () =>
    endOthers.mutate(undefined, {
      onSuccess: ({ ended }) => notifySuccess(t('profile.sessions.othersEnded', { count: ended })),
      onError: (error) => notifyFailure(t, error),
    });

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('profile.sessions.description')}
      </Text>
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {items.map((session, index) => (
          <Fragment key={session.id}>
            {index > 0 && <Divider component="li" aria-hidden="true" />}
            <SessionRow
              session={session}
              isEnding={endOne.isPending && endOne.variables === session.id}
              onEnd={() =>
                endOne.mutate(session.id, {
                  onSuccess: () => notifySuccess(t('profile.sessions.ended')),
                  onError: (error) => notifyFailure(t, error),
                })
              }
            />
          </Fragment>
        ))}
      </Stack>
      {hasOthers && (
        <Button
          variant="default"
          leftSection={<IconLogout size={18} />}
          loading={endOthers.isPending}
          onClick={signOutOthers}
          // A long label on a phone: it wraps instead of running out of the card.
          h="auto"
          mih={36}
          py={6}
          styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
          style={{ alignSelf: 'flex-start', maxWidth: '100%' }}
        >
          {t('profile.sessions.endOthers')}
        </Button>
      )}
    </Stack>
  );
}

function SessionRow({
  session,
  isEnding,
  onEnd,
}: {
  session: SessionView;
  isEnding: boolean;
  onEnd: () => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const Icon = DEVICE_ICONS[session.deviceType];
  const device =
    [session.browser, session.os].filter(Boolean).join(' · ') ||
    t('profile.sessions.unknownDevice');
  const details = [
    session.ip && t('profile.sessions.ip', { ip: session.ip }),
    session.isCurrent
      ? t('profile.sessions.activeNow')
      : t('profile.sessions.lastSeen', { when: formatRelativeTime(session.lastSeenAt, locale) }),
  ].filter(Boolean);
  return (
    <Group
      component="li"
      gap="sm"
      wrap="nowrap"
      justify="space-between"
      data-testid="device-session"
    >
      <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
        <Icon size={28} style={{ flexShrink: 0 }} />
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Text size="sm" fw={600}>
              {device}
            </Text>
            {session.isCurrent && (
              <Badge variant="light" color="green" tt="none" radius="sm">
                {t('profile.sessions.thisDevice')}
              </Badge>
            )}
          </Group>
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {details.join(' · ')}
          </Text>
        </Stack>
      </Group>
      {!session.isCurrent && (
        <Button
          variant="subtle"
          color="red"
          size="compact-sm"
          loading={isEnding}
          onClick={onEnd}
          aria-label={t('profile.sessions.endOneLabel', { device })}
          style={{ flexShrink: 0 }}
        >
          {t('profile.sessions.endOne')}
        </Button>
      )}
    </Group>
  );
}
