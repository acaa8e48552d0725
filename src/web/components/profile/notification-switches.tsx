import { Stack, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NotificationPreferences } from '../../../shared/api/notifications';
import type { Me } from '../../../shared/api/users';
import {
  useNotificationPreferences,
  useUpdateNotificationPreferences,
} from '../../api/notifications';
import { notifyFailure, notifySuccess } from '../company/notify';
import { QueryError } from '../feedback/query-error';

type Kind = keyof NotificationPreferences;

/** The emails that concern each role; the others would never be sent to them anyway. */
const KINDS_BY_ROLE: Record<Me['role'], Kind[]> = {
  admin: ['ticketOpened', 'ticketReplied', 'packageHours'],
  agent: ['ticketOpened', 'ticketReplied', 'packageHours'],
  company_admin: ['ticketReplied', 'ticketClosed', 'packageHours', 'statementIssued'],
  member: ['ticketReplied', 'ticketClosed'],
};

/** One switch per notification email; each change is saved at once and says so (or why not). */
export function NotificationSwitches({ role }: { role: Me['role'] }) {
  const { t } = useTranslation();
  const preferences = useNotificationPreferences();
  const update = useUpdateNotificationPreferences();
  const save = (kind: Kind, isOn: boolean) =>
    update.mutate(
      { [kind]: isOn },
      {
        onSuccess: () => {
          const email = t(`profile.notifications.kinds.${kind}`);
          notifySuccess(
            t(isOn ? 'profile.notifications.on' : 'profile.notifications.off', { email }),
          );
        },
        onError: (error) => notifyFailure(t, error),
      },
    );
  if (preferences.isError) {
    return <QueryError error={preferences.error} onRetry={() => void preferences.refetch()} />;
  }
  return (
    <Stack gap="sm">
      {KINDS_BY_ROLE[role].map((kind) => (
        <Switch
          key={kind}
          label={t(`profile.notifications.kinds.${kind}`)}
          checked={preferences.data?.[kind] ?? true}
          disabled={!preferences.data || update.isPending}
          onChange={(event) => save(kind, event.currentTarget.checked)}
        />
      ))}
      <Text size="sm" c="dimmed">
        {t('profile.notifications.security')}
      </Text>
    </Stack>
  );
}
