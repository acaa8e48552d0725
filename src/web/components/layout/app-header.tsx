import { Avatar, Box, Burger, Button, Group, Skeleton } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { Me } from '../../../shared/api/users';
import { loadAllTexts } from '../../i18n';
import { deferredModule, useLoadWhenIdle } from '../../lib/deferred-module';
import { IconLogin, IconUser } from '../first-screen-icons';
import { Brand } from './brand';
import { LanguageSwitch } from './language-switch';
import { MenuStandIn } from './menu-stand-in';
import { SubmitRequestButton } from './nav-buttons';

/** The header's menus, the phone drawer and the staff's running task: loaded after the first screen. */
export const headerMenus = deferredModule(() =>
  // Their texts (the console's areas) are not among the first screen's.
  Promise.all([import('./header-menus'), loadAllTexts()]).then(([module]) => module),
);

type MenuName = 'support' | 'console' | 'account';

interface AppHeaderProps {
  /** undefined while the session is being checked. */
  me: Me | null | undefined;
  drawerOpened: boolean;
  onToggleDrawer: () => void;
}

// Pages that already are the login form: a second «Σύνδεση» button there would only confuse.
const LOGIN_PAGES = new Set(['/login', '/setup']);

/** The top bar: the main menu from 62em up, a burger that opens the same items below that. */
export function AppHeader({ me, drawerOpened, onToggleDrawer }: AppHeaderProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const menus = headerMenus.useLoaded();
  useLoadWhenIdle(headerMenus);
  // A menu clicked while the menus were loading opens once they are here.
  const [openOnArrival, setOpenOnArrival] = useState<MenuName | null>(null);
  const isChecking = me === undefined;
  const showLoginButton = me === null && !LOGIN_PAGES.has(pathname);
  const isStaff = Boolean(me?.abilities.useStaffConsole);

  const standIn = (name: MenuName, label: string, leftSection?: ReactNode) => (
    <MenuStandIn
      leftSection={leftSection}
      onApproach={() => void headerMenus.load().catch(() => undefined)}
      onOpen={() => {
        setOpenOnArrival(name);
        void headerMenus.load().catch(() => undefined);
      }}
    >
      {label}
    </MenuStandIn>
  );
  const fullName = me ? `${me.firstName} ${me.lastName}` : '';

  return (
    <Group h="100%" px={{ base: 'sm', sm: 'lg' }} justify="space-between" wrap="nowrap" gap="sm">
      <Group gap="md" wrap="nowrap">
        <Burger
          opened={drawerOpened}
          onClick={() => {
            void headerMenus.load().catch(() => undefined);
            onToggleDrawer();
          }}
          hiddenFrom="md"
          size="sm"
          aria-label={t('nav.openMenu')}
          aria-expanded={drawerOpened}
        />
        <Brand />
        {!isChecking && (
          <Box component="nav" aria-label={t('nav.mainNavigation')} visibleFrom="md" ml="md">
            <Group gap={4} wrap="nowrap">
              {menus ? (
                <>
                  <menus.SupportMenu
                    me={me}
                    placement="header"
                    defaultOpened={openOnArrival === 'support'}
                  />
                  <menus.ConsoleMenu
                    me={me}
                    placement="header"
                    defaultOpened={openOnArrival === 'console'}
                  />
                </>
              ) : (
                <>
                  {standIn('support', t('nav.support'))}
                  {isStaff && standIn('console', t('nav.console'))}
                </>
              )}
            </Group>
          </Box>
        )}
      </Group>
      <Group gap="sm" wrap="nowrap">
        {menus && <menus.RunningTaskIndicator enabled={isStaff} />}
        {isChecking ? (
          <Skeleton h={32} w={140} radius="md" visibleFrom="md" />
        ) : (
          <>
            <Box visibleFrom="md">
              <SubmitRequestButton me={me} placement="header" />
            </Box>
            <Box visibleFrom="md">
              <LanguageSwitch />
            </Box>
            <Box visibleFrom="md">
              {menus ? (
                <menus.AccountMenu
                  me={me}
                  placement="header"
                  defaultOpened={openOnArrival === 'account'}
                />
              ) : (
                standIn(
                  'account',
                  t('nav.account'),
                  me ? (
                    <Avatar size={26} color="harbour" name={fullName} aria-hidden="true" />
                  ) : (
                    <IconUser size={18} />
                  ),
                )
              )}
            </Box>
          </>
        )}
        {showLoginButton && (
          <Button
            variant="outline"
            leftSection={<IconLogin size={18} />}
            onClick={() => navigate('/login')}
          >
            {t('nav.login')}
          </Button>
        )}
      </Group>
    </Group>
  );
}
