import type { Person } from '../../../shared/api/contacts';
import { useStaffUsers, useUpdateStaffUser } from '../../api/staff';
import { PeopleList } from '../contacts/people-list';
import type { PendingPersonAction } from '../contacts/person-action-modal';

type StaffAction = 'makeAdmin' | 'makeAgent' | 'deactivate' | 'reactivate';
const DESTRUCTIVE: readonly StaffAction[] = ['deactivate'];
const PATCHES = {
  makeAdmin: { role: 'admin' },
  makeAgent: { role: 'agent' },
  deactivate: { isActive: false },
  reactivate: { isActive: true },
} as const;

/** What may be done to a staff member: change the role, or (de)activate. */
function staffActionsFor(person: Person): StaffAction[] {
  if (!person.isActive) return ['reactivate'];
  return [person.role === 'admin' ? 'makeAgent' : 'makeAdmin', 'deactivate'];
}

/** «Χρήστες προσωπικού»: every admin and agent with role and state; one's own row has no actions. */
export function StaffUserList({ meId }: { meId: string }) {
  const staff = useStaffUsers();
  const update = useUpdateStaffUser();

  const run = async ({ action, person }: PendingPersonAction<StaffAction>) => {
    await update.mutateAsync({ userId: person.id, patch: PATCHES[action] });
    return undefined;
  };

  return (
    <PeopleList
      ns="staffUsers"
      people={staff}
      meId={meId}
      actionsFor={(person) => (person.id === meId ? [] : staffActionsFor(person))}
      destructive={DESTRUCTIVE}
      run={run}
    />
  );
}
