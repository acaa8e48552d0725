import { Avatar, Button, Menu, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Me } from '../../../shared/api/users';
import { useLogout } from '../../api/auth';
import { IconLogin, IconLogout, IconUser } from '../icons';
import { menuTargetProps, type NavPlacement } from './nav-buttons';
import { menuProps } from './nav-menus';

/** «Λογαριασμός»: «Σύνδεση» for visitors; the profile and «Αποσύνδεση» for signed-in users. */
export function AccountMenu({
  me,
  placement,
  defaultOpened = false,
}: {
  me: Me | null;
  placement: NavPlacement;
  /** Opens at once: the reader clicked its stand-in before the menus had loaded. */
  defaultOpened?: boolean;
}) {
  const { t } = useTranslation();
  const logout = useLogout();

  // A full page load to «/» drops every cached answer of the user who just left, in one step
  // (clearing the cache in place would let the page they were on redirect to the login first).
  const logOut = () => logout.mutate(undefined, { onSuccess: () => window.location.assign('/') });

  const fullName = me ? `${me.firstName} ${me.lastName}` : '';
  return (
    <Menu
      {...menuProps(placement)}
      position={placement === 'header' ? 'bottom-end' : 'bottom'}
      defaultOpened={defaultOpened}
    >
      <Menu.Target>
        <Button
          {...menuTargetProps(placement)}
          leftSection={
            me ? (
              <Avatar size={26} color="harbour" name={fullName} aria-hidden="true" />
            ) : (
              <IconUser size={18} />
            )
          }
        >
          {t('nav.account')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {me ? (
          <>
            <Menu.Label>{t(`roles.${me.role}`)}</Menu.Label>
            <Menu.Item component={Link} to="/profile" leftSection={<IconUser size={18} />}>
              <Text size="sm" fw={600} lh={1.3}>
                {fullName}
              </Text>
              <Text size="xs" c="dimmed" lh={1.3}>
                {me.email}
              </Text>
            </Menu.Item>
            <Menu.Divider />
            <Menu.Item
              color="red"
              leftSection={<IconLogout size={18} />}
              onClick={logOut}
              disabled={logout.isPending}
            >
              {t('nav.logout')}
            </Menu.Item>
          </>
        ) : (
          <Menu.Item component={Link} to="/login" leftSection={<IconLogin size={18} />}>
            {t('nav.login')}
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
