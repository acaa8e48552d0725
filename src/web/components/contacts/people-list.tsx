import { Divider, Skeleton, Stack } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { Fragment, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/api/contacts';
import type { InvitationSent } from '../../api/contacts';
import { QueryError } from '../feedback/query-error';
import { type PendingPersonAction, PersonActionModal } from './person-action-modal';
import { PersonActionsMenu } from './person-actions-menu';
import { PersonRow } from './person-row';
import { sortPeople } from './sort-people';

interface PeopleListProps<A extends string> {
  /** Where the texts live: `<ns>.loadFailed` and `<ns>.actions.<action>.*`. */
  ns: 'contacts' | 'staffUsers';
  people: UseQueryResult<{ items: Person[] }>;
  meId?: string;
  /** The actions offered on a person's row; none means no menu. */
  actionsFor: (person: Person) => A[];
  /** Actions that take access away: red, and confirmed as such. */
  destructive: readonly A[];
  /** Carries out a confirmed action; an invitation it returns is shown to copy. */
  run: (pending: PendingPersonAction<A>) => Promise<InvitationSent | undefined>;
  /** Error codes with a specific meaning for one action (409 on a resend). */
  errorKeysFor?: (action: A) => Record<string, string>;
  /** Shown when the list is empty. */
  empty?: ReactNode;
}

/**
 * A list of people (a company's contacts, the support staff) with role and
 * state, each row with its menu of actions, each action confirmed in a modal.
 */
export function PeopleList<A extends string>({
  ns,
  people,
  meId,
  actionsFor,
  destructive,
  run,
  errorKeysFor = () => ({}),
  empty = null,
}: PeopleListProps<A>) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<PendingPersonAction<A> | null>(null);

  if (people.isPending) {
    return (
      <Stack gap="sm" aria-busy="true" aria-label={t('common.loading')}>
        {[1, 2, 3].map((row) => (
          <Skeleton key={row} h={52} radius="sm" />
        ))}
      </Stack>
    );
  }
  if (people.isError) {
    return (
      <QueryError
        error={people.error}
        title={t(`${ns}.loadFailed`)}
        onRetry={() => void people.refetch()}
      />
    );
  }
  if (people.data.items.length === 0) return empty;

  return (
    <>
      <Stack gap={0}>
        {sortPeople(people.data.items).map((person, index) => {
          const actions = actionsFor(person);
          return (
            <Fragment key={person.id}>
              {index > 0 && <Divider />}
              <PersonRow
                person={person}
                kind={ns}
                isMe={person.id === meId}
                actions={
                  actions.length > 0 && (
                    <PersonActionsMenu
                      ns={ns}
                      person={person}
                      actions={actions}
                      destructive={destructive}
                      onAction={(action) => setPending({ action, person })}
                    />
                  )
                }
              />
            </Fragment>
          );
        })}
      </Stack>
      {pending && (
        <PersonActionModal
          key={`${pending.action}-${pending.person.id}`}
          ns={ns}
          pending={pending}
          run={() => run(pending)}
          errorKeys={errorKeysFor(pending.action)}
          isDestructive={destructive.includes(pending.action)}
          onClose={() => setPending(null)}
        />
      )}
    </>
  );
}
