import { Anchor, Divider, Skeleton, Stack, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Me } from '../../../shared/api/users';
import { useContacts } from '../../api/contacts';
import { PersonRow } from '../contacts/person-row';
import { sortPeople } from '../contacts/sort-people';
import { EmptyPlaceholder } from '../feedback/empty-placeholder';
import { QueryError } from '../feedback/query-error';
import { IconPlus, IconUsers } from '../first-screen-icons';
import { DashboardPanel } from './dashboard-panel';
import { PanelAction } from './panel-action';

// The panel shows a few; «Όλες οι επαφές» has the rest and the actions.
const SHOWN = 4;

/** (2) «Επαφές»: the company's contacts with role and state; its administrator may add more. */
export function ContactsPanel({ me }: { me: Me }) {
  const { t } = useTranslation();
  const contacts = useContacts(me.company?.id);
  const items = contacts.data ? sortPeople(contacts.data.items) : [];
  const actions = (
    <>
      {me.abilities.manageContacts && (
        <PanelAction
          to="/company/contacts/new"
          icon={<IconPlus size={16} />}
          label={t('dashboard.contacts.add')}
        />
      )}
      {me.company && (
        <Anchor component={Link} to="/company/contacts" size="sm" fw={600}>
          {t('dashboard.contacts.viewAll', { count: items.length })}
        </Anchor>
      )}
    </>
  );
  return (
    <DashboardPanel title={t('dashboard.contacts.title')} icon={<IconUsers />} actions={actions}>
      {me.company && contacts.isPending ? (
        <Stack gap="sm">
          {[1, 2, 3].map((row) => (
            <Skeleton key={row} h={40} radius="sm" />
          ))}
        </Stack>
      ) : me.company && contacts.isError ? (
        <QueryError
          error={contacts.error}
          title={t('contacts.loadFailed')}
          onRetry={() => void contacts.refetch()}
        />
      ) : items.length === 0 ? (
        <EmptyPlaceholder
          size="sm"
          quiet
          order={3}
          icon={<IconUsers />}
          title={t('dashboard.contacts.emptyTitle')}
          description={t('dashboard.contacts.emptyText')}
        />
      ) : (
        <Stack gap={0}>
          {items.slice(0, SHOWN).map((person, index) => (
            <Fragment key={person.id}>
              {index > 0 && <Divider />}
              <PersonRow person={person} kind="contacts" isMe={person.id === me.id} compact />
            </Fragment>
          ))}
          {items.length > SHOWN && (
            <Text size="sm" c="dimmed" mt="xs">
              {t('dashboard.contacts.more', { count: items.length - SHOWN })}
            </Text>
          )}
        </Stack>
      )}
    </DashboardPanel>
  );
}
