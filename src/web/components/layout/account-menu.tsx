import { Avatar, Button, Menu, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Me } from '../../../shared/api/users';
import { forgetSession, useLogout } from '../../api/auth';
import { IconLogin, IconLogout, IconUser } from '../icons';
import { menuProps, menuTargetProps, type NavPlacement } from './nav-menus';

/** «Λογαριασμός»: «Σύνδεση» for visitors; the profile and «Αποσύνδεση» for signed-in users. */
export function AccountMenu({ me, placement }: { me: Me | null; placement: NavPlacement }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const logout = useLogout();

  const logOut = () =>
    logout.mutate(undefined, {
      onSuccess: async () => {
        // Leave the signed-in pages first, so no guard sends us to the login page on the way out.
        await navigate('/', { replace: true });
        forgetSession(queryClient);
      },
    });

  const fullName = me ? `${me.firstName} ${me.lastName}` : '';
  return (
    <Menu {...menuProps(placement)} position={placement === 'header' ? 'bottom-end' : 'bottom'}>
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
