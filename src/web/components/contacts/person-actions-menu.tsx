import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/api/contacts';
import { IconChevronDown } from '../icons';

interface PersonActionsMenuProps<A extends string> {
  ns: 'contacts' | 'staffUsers';
  person: Person;
  actions: readonly A[];
  /** Actions shown in red (they take access away). */
  destructive: readonly A[];
  onAction: (action: A) => void;
}

/** «Ενέργειες»: a button with the changes this person allows, each confirmed in a modal. */
export function PersonActionsMenu<A extends string>({
  ns,
  person,
  actions,
  destructive,
  onAction,
}: PersonActionsMenuProps<A>) {
  const { t } = useTranslation();
  if (actions.length === 0) return null;
  const name = `${person.firstName} ${person.lastName}`;
  return (
    <Menu position="bottom-end" width={260}>
      <Menu.Target>
        <Button
          variant="default"
          size="xs"
          rightSection={<IconChevronDown size={14} />}
          aria-label={t('contacts.actions.menuFor', { name })}
        >
          {t('contacts.actions.menu')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {actions.map((action) => (
          <Menu.Item
            key={action}
            color={destructive.includes(action) ? 'red' : undefined}
            onClick={() => onAction(action)}
          >
            {t(`${ns}.actions.${action}.item`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
