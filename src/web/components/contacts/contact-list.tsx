import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/api/contacts';
import { useMe } from '../../api/auth';
import {
  type InvitationSent,
  useContacts,
  useResendInvitation,
  useRevokeInvitation,
  useUpdateContact,
} from '../../api/contacts';
import { useResetTwoFactor } from '../../api/two-factor';
import { EmptyPlaceholder } from '../feedback/empty-placeholder';
import { IconUsers } from '../icons';
import { PeopleList } from './people-list';
import type { PendingPersonAction } from './person-action-modal';

type ContactAction =
  | 'resend'
  | 'revoke'
  | 'makeAdmin'
  | 'makeMember'
  | 'deactivate'
  | 'reactivate'
  | 'resetTwoFactor';
const DESTRUCTIVE: readonly ContactAction[] = ['revoke', 'deactivate', 'resetTwoFactor'];

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
  const resetTwoFactor = useResetTwoFactor();
  // Only the support company's admins clear a contact's second factor (a lost phone).
  const isAdmin = useMe().data?.role === 'admin';

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
      resetTwoFactor: () => resetTwoFactor.mutateAsync(person.id).then(() => undefined),
    };
    return runs[action]();
  };

  return (
    <PeopleList
      ns="contacts"
      people={contacts}
      meId={meId}
      actionsFor={(person) => {
        const actions = canManage ? contactActionsFor(person) : [];
        return isAdmin && person.isActive ? [...actions, 'resetTwoFactor'] : actions;
      }}
      destructive={DESTRUCTIVE}
      run={run}
      errorKeysFor={(action): Record<string, string> =>
        action === 'resend' ? { conflict: 'contacts.actions.resend.conflict' } : {}
      }
      empty={
        <EmptyPlaceholder
          size="sm"
          quiet
          order={3}
          icon={<IconUsers />}
          title={t('contacts.emptyTitle')}
          description={t('contacts.emptyText')}
        />
      }
    />
  );
}
