import { Divider, Skeleton, Stack } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/api/contacts';
import { useStaffUsers, useUpdateStaffUser } from '../../api/staff';
import { sortPeople } from '../contacts/contact-list';
import { type PendingPersonAction, PersonActionModal } from '../contacts/person-action-modal';
import { PersonActionsMenu } from '../contacts/person-actions-menu';
import { PersonRow } from '../contacts/person-row';
import { QueryError } from '../feedback/query-error';

type StaffAction = 'makeAdmin' | 'makeAgent' | 'deactivate' | 'reactivate';
const DESTRUCTIVE: readonly StaffAction[] = ['deactivate'];

/** What may be done to a staff member: change the role, or (de)activate. */
function staffActionsFor(person: Person): StaffAction[] {
  if (!person.isActive) return ['reactivate'];
  return [person.role === 'admin' ? 'makeAgent' : 'makeAdmin', 'deactivate'];
}

/** «Χρήστες προσωπικού»: every admin and agent with role and state; one's own row has no actions. */
export function StaffUserList({ meId }: { meId: string }) {
  const { t } = useTranslation();
  const staff = useStaffUsers();
  const update = useUpdateStaffUser();
  const [pending, setPending] = useState<PendingPersonAction<StaffAction> | null>(null);

  const run = async ({ action, person }: PendingPersonAction<StaffAction>) => {
    const patches = {
      makeAdmin: { role: 'admin' },
      makeAgent: { role: 'agent' },
      deactivate: { isActive: false },
      reactivate: { isActive: true },
    } as const;
    await update.mutateAsync({ userId: person.id, patch: patches[action] });
    return undefined;
  };

  if (staff.isPending) {
    return (
      <Stack gap="sm" aria-busy="true" aria-label={t('common.loading')}>
        {[1, 2, 3].map((row) => (
          <Skeleton key={row} h={52} radius="sm" />
        ))}
      </Stack>
    );
  }
  if (staff.isError) {
    return (
      <QueryError
        error={staff.error}
        title={t('staffUsers.loadFailed')}
        onRetry={() => void staff.refetch()}
      />
    );
  }

  return (
    <>
      <Stack gap={0}>
        {sortPeople(staff.data.items).map((person, index) => (
          <Fragment key={person.id}>
            {index > 0 && <Divider />}
            <PersonRow
              person={person}
              kind="staffUsers"
              isMe={person.id === meId}
              actions={
                person.id !== meId && (
                  <PersonActionsMenu
                    ns="staffUsers"
                    person={person}
                    actions={staffActionsFor(person)}
                    destructive={DESTRUCTIVE}
                    onAction={(action) => setPending({ action, person })}
                  />
                )
              }
            />
          </Fragment>
        ))}
      </Stack>
      {pending && (
        <PersonActionModal
          key={`${pending.action}-${pending.person.id}`}
          ns="staffUsers"
          pending={pending}
          run={() => run(pending)}
          isDestructive={DESTRUCTIVE.includes(pending.action)}
          onClose={() => setPending(null)}
        />
      )}
    </>
  );
}
