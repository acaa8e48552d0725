import { Group, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { IconMessages } from '../first-screen-icons';

/** The Aitima mark and name, linking home. */
export function Brand() {
  const { t } = useTranslation();
  return (
    <UnstyledButton component={Link} to="/" aria-label={t('app.homeLink')}>
      <Group gap={10} wrap="nowrap">
        <ThemeIcon size={34} radius="md" variant="filled">
          <IconMessages size={20} />
        </ThemeIcon>
        <Text fw={750} fz={20} c="var(--mantine-color-text)" style={{ letterSpacing: '-0.01em' }}>
          {t('app.name')}
        </Text>
      </Group>
    </UnstyledButton>
  );
}
