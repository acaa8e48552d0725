import { Divider, Skeleton, Stack } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/api/contacts';
import {
  type InvitationSent,
  useContacts,
  useResendInvitation,
  useRevokeInvitation,
  useUpdateContact,
} from '../../api/contacts';
import { EmptyPlaceholder } from '../feedback/empty-placeholder';
import { QueryError } from '../feedback/query-error';
import { IconUsers } from '../icons';
import { type PendingPersonAction, PersonActionModal } from './person-action-modal';
import { PersonActionsMenu } from './person-actions-menu';
import { PersonRow } from './person-row';

type ContactAction = 'resend' | 'revoke' | 'makeAdmin' | 'makeMember' | 'deactivate' | 'reactivate';
const DESTRUCTIVE: readonly ContactAction[] = ['revoke', 'deactivate'];

/** What may be done to a contact in their current state. */
export function contactActionsFor(person: Person): ContactAction[] {
  if (!person.isActive) return ['reactivate'];
  const actions: ContactAction[] = [];
  const { state } = person.invitation;
  // A contact who never logged in may need a link (again); the server refuses if they have a password.
  if (state === 'pending' || state === 'expired' || (state === 'none' && !person.lastLoginAt)) {
    actions.push('resend');
  }
  if (state === 'pending') actions.push('revoke');
  actions.push(person.role === 'company_admin' ? 'makeMember' : 'makeAdmin', 'deactivate');
  return actions;
}

/** Active people first, administrators before members, then by name. */
export function sortPeople(people: Person[]): Person[] {
  const rank = (person: Person) =>
    (person.isActive ? 0 : 2) +
    (person.role === 'company_admin' || person.role === 'admin' ? 0 : 1);
  return [...people].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      `${a.lastName} ${a.firstName}`.localeCompare(`${b.lastName} ${b.firstName}`, 'el'),
  );
}

interface ContactListProps {
  companyId: string;
  /** company_admins of the company and staff: resend, revoke, role, (de)activate. */
  canManage: boolean;
  meId?: string;
}

/** The company's contacts with role and state; with the actions for those who manage them. */
export function ContactList({ companyId, canManage, meId }: ContactListProps) {
  const { t } = useTranslation();
  const contacts = useContacts(companyId);
  const update = useUpdateContact(companyId);
  const resend = useResendInvitation(companyId);
  const revoke = useRevokeInvitation(companyId);
  const [pending, setPending] = useState<PendingPersonAction<ContactAction> | null>(null);

  const run = async ({ action, person }: PendingPersonAction<ContactAction>) => {
    const change = (patch: Parameters<typeof update.mutateAsync>[0]['patch']) =>
      update.mutateAsync({ userId: person.id, patch }).then(() => undefined);
    const runs: Record<ContactAction, () => Promise<InvitationSent | undefined>> = {
      resend: () => resend.mutateAsync(person.id),
      revoke: () => revoke.mutateAsync(person.id).then(() => undefined),
      makeAdmin: () => change({ role: 'company_admin' }),
      makeMember: () => change({ role: 'member' }),
      deactivate: () => change({ isActive: false }),
      reactivate: () => change({ isActive: true }),
    };
    return runs[action]();
  };

  if (contacts.isPending) {
    return (
      <Stack gap="sm" aria-busy="true" aria-label={t('common.loading')}>
        {[1, 2, 3].map((row) => (
          <Skeleton key={row} h={52} radius="sm" />
        ))}
      </Stack>
    );
  }
  if (contacts.isError) {
    return (
      <QueryError
        error={contacts.error}
        title={t('contacts.loadFailed')}
        onRetry={() => void contacts.refetch()}
      />
    );
  }
  if (contacts.data.items.length === 0) {
    return (
      <EmptyPlaceholder
        size="sm"
        quiet
        order={3}
        icon={<IconUsers />}
        title={t('contacts.emptyTitle')}
        description={t('contacts.emptyText')}
      />
    );
  }

  return (
    <>
      <Stack gap={0}>
        {sortPeople(contacts.data.items).map((person, index) => (
          <Fragment key={person.id}>
            {index > 0 && <Divider />}
            <PersonRow
              person={person}
              kind="contacts"
              isMe={person.id === meId}
              actions={
                canManage && (
                  <PersonActionsMenu
                    ns="contacts"
                    person={person}
                    actions={contactActionsFor(person)}
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
          ns="contacts"
          pending={pending}
          run={() => run(pending)}
          errorKeys={
            pending.action === 'resend' ? { conflict: 'contacts.actions.resend.conflict' } : {}
          }
          isDestructive={DESTRUCTIVE.includes(pending.action)}
          onClose={() => setPending(null)}
        />
      )}
    </>
  );
}
