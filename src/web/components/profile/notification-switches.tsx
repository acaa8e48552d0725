import { Stack, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NotificationPreferences } from '../../../shared/api/notifications';
import type { Me } from '../../../shared/api/users';
import {
  useNotificationPreferences,
  useUpdateNotificationPreferences,
} from '../../api/notifications';
import { QueryError } from '../feedback/query-error';
import { FormAlert } from '../form/form-alert';

type Kind = keyof NotificationPreferences;

/** The emails that concern each role; the others would never be sent to them anyway. */
const KINDS_BY_ROLE: Record<Me['role'], Kind[]> = {
  admin: ['ticketOpened', 'ticketReplied', 'packageHours'],
  agent: ['ticketOpened', 'ticketReplied', 'packageHours'],
  company_admin: ['ticketReplied', 'ticketClosed', 'packageHours'],
  member: ['ticketReplied', 'ticketClosed'],
};

/** One switch per notification email; each change is saved at once. */
export function NotificationSwitches({ role }: { role: Me['role'] }) {
  const { t } = useTranslation();
  const preferences = useNotificationPreferences();
  const update = useUpdateNotificationPreferences();
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
          onChange={(event) => update.mutate({ [kind]: event.currentTarget.checked })}
        />
      ))}
      <FormAlert error={update.error} />
      <Text size="sm" c="dimmed">
        {t('profile.notifications.security')}
      </Text>
    </Stack>
  );
}
