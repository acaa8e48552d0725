import { Divider, Drawer, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../shared/api/users';
import { AccountMenu } from './account-menu';
import { LanguageSwitch } from './language-switch';
import { SubmitRequestButton } from './nav-buttons';
import { ConsoleMenu, SupportMenu } from './nav-menus';

interface MobileNavProps {
  me: Me | null;
  opened: boolean;
  onClose: () => void;
}

/** The burger's drawer on phones and tablets: the same menus as the desktop header, stacked. */
export function MobileNav({ me, opened, onClose }: MobileNavProps) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      title={t('nav.menu')}
      size="min(320px, 88vw)"
      hiddenFrom="md"
      padding="md"
    >
      <Stack gap="sm" component="nav" aria-label={t('nav.mainNavigation')}>
        <SubmitRequestButton me={me} placement="drawer" />
        <SupportMenu me={me} placement="drawer" />
        <ConsoleMenu me={me} placement="drawer" />
        <AccountMenu me={me} placement="drawer" />
        <Divider my="xs" />
        <Text size="sm" c="dimmed">
          {t('language.label')}
        </Text>
        <LanguageSwitch fullWidth />
      </Stack>
    </Drawer>
  );
}
