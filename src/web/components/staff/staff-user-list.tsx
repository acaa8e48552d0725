import type { Person } from '../../../shared/api/contacts';
import { useStaffUsers, useUpdateStaffUser } from '../../api/staff';
import { useResetTwoFactor } from '../../api/two-factor';
import { PeopleList } from '../contacts/people-list';
import type { PendingPersonAction } from '../contacts/person-action-modal';

type StaffAction = 'makeAdmin' | 'makeAgent' | 'deactivate' | 'reactivate' | 'resetTwoFactor';
const DESTRUCTIVE: readonly StaffAction[] = ['deactivate', 'resetTwoFactor'];
const PATCHES = {
  makeAdmin: { role: 'admin' },
  makeAgent: { role: 'agent' },
  deactivate: { isActive: false },
  reactivate: { isActive: true },
  resetTwoFactor: undefined,
} as const;

/** What may be done to a staff member: change the role, or (de)activate. */
function staffActionsFor(person: Person): StaffAction[] {
  if (!person.isActive) return ['reactivate'];
  return [person.role === 'admin' ? 'makeAgent' : 'makeAdmin', 'resetTwoFactor', 'deactivate'];
}

/** «Χρήστες προσωπικού»: every admin and agent with role and state; one's own row has no actions. */
export function StaffUserList({ meId }: { meId: string }) {
  const staff = useStaffUsers();
  const update = useUpdateStaffUser();
  const resetTwoFactor = useResetTwoFactor();

  const run = async ({ action, person }: PendingPersonAction<StaffAction>) => {
    const patch = PATCHES[action];
    if (patch) await update.mutateAsync({ userId: person.id, patch });
    else await resetTwoFactor.mutateAsync(person.id);
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
