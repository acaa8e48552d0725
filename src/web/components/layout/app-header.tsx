import { Box, Burger, Button, Group, Skeleton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { Me } from '../../../shared/api/users';
import { IconLogin } from '../icons';
import { RunningTaskIndicator } from '../tasks/running-task-indicator';
import { AccountMenu } from './account-menu';
import { Brand } from './brand';
import { LanguageSwitch } from './language-switch';
import { ConsoleMenu, SubmitRequestButton, SupportMenu } from './nav-menus';

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
  const isChecking = me === undefined;
  const showLoginButton = me === null && !LOGIN_PAGES.has(pathname);

  return (
    <Group h="100%" px={{ base: 'sm', sm: 'lg' }} justify="space-between" wrap="nowrap" gap="sm">
      <Group gap="md" wrap="nowrap">
        <Burger
          opened={drawerOpened}
          onClick={onToggleDrawer}
          hiddenFrom="md"
          size="sm"
          aria-label={t('nav.openMenu')}
          aria-expanded={drawerOpened}
        />
        <Brand />
        {!isChecking && (
          <Box component="nav" aria-label={t('nav.mainNavigation')} visibleFrom="md" ml="md">
            <Group gap={4} wrap="nowrap">
              <SupportMenu placement="header" />
              <ConsoleMenu me={me} placement="header" />
            </Group>
          </Box>
        )}
      </Group>
      <Group gap="sm" wrap="nowrap">
        <RunningTaskIndicator enabled={Boolean(me?.abilities.useStaffConsole)} />
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
              <AccountMenu me={me} placement="header" />
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
