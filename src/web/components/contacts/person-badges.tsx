import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/api/contacts';

/** Where a person stands: can log in, invited and waiting, invitation expired, or deactivated. */
export type PersonState = 'active' | 'pending' | 'expired' | 'inactive';

export function personStateOf(person: Person): PersonState {
  if (!person.isActive) return 'inactive';
  if (person.invitation.state === 'pending') return 'pending';
  if (person.invitation.state === 'expired') return 'expired';
  return 'active';
}

const STATE_COLORS: Record<PersonState, string> = {
  active: 'green',
  pending: 'yellow',
  expired: 'orange',
  inactive: 'gray',
};

interface PersonBadgesProps {
  person: Person;
  /** Whose role names: a contact's («Μέλος») or a staff member's («Τεχνικός υποστήριξης»). */
  kind: 'contacts' | 'staffUsers';
}

/** A person's role and state as two badges; the state speaks of the account, so it reads the same for anyone. */
export function PersonBadges({ person, kind }: PersonBadgesProps) {
  const { t } = useTranslation();
  const state = personStateOf(person);
  return (
    <Group gap={6} wrap="wrap">
      <Badge
        variant={person.role === 'admin' || person.role === 'company_admin' ? 'light' : 'outline'}
        color="harbour"
        radius="sm"
        tt="none"
      >
        {t(`${kind}.roles.${person.role}`)}
      </Badge>
      <Badge variant="dot" color={STATE_COLORS[state]} radius="sm" tt="none">
        {t(`people.state.${state}`)}
      </Badge>
    </Group>
  );
}
