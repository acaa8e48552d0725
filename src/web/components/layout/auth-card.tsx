import { Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface AuthCardProps {
  title: string;
  subtitle: string;
  icon: ReactNode;
  maxWidth?: number;
  children: ReactNode;
}

/** The centred card that holds the login and setup forms. */
export function AuthCard({ title, subtitle, icon, maxWidth = 440, children }: AuthCardProps) {
  const { t } = useTranslation();
  useDocumentTitle(t('app.pageTitle', { page: title }));
  return (
    <Paper
      withBorder
      shadow="sm"
      p={{ base: 'lg', sm: 40 }}
      maw={maxWidth}
      mx="auto"
      mt={{ base: 0, sm: 'lg' }}
    >
      <Stack gap={6} mb="xl">
        <ThemeIcon size={44} radius="md" variant="light">
          {icon}
        </ThemeIcon>
        <Title order={1} fz={26} mt="sm">
          {title}
        </Title>
        <Text c="dimmed">{subtitle}</Text>
      </Stack>
      {children}
    </Paper>
  );
}
