import { Box, Card, Group, ThemeIcon, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';

interface DashboardPanelProps {
  title: string;
  icon: ReactNode;
  /** Buttons and links at the bottom of the panel (edit, add, new, see all). */
  actions?: ReactNode;
  children: ReactNode;
}

/** One panel of the central screen: a titled region (h2), its content, then its actions. */
export function DashboardPanel({ title, icon, actions, children }: DashboardPanelProps) {
  const titleId = useId();
  return (
    <Card
      component="section"
      aria-labelledby={titleId}
      h="100%"
      shadow="xs"
      style={{ display: 'flex', flexDirection: 'column' }}
    >
      <Group gap="sm" wrap="nowrap" mb="md">
        <ThemeIcon variant="light" size={36} radius="md">
          {icon}
        </ThemeIcon>
        <Title order={2} fz="lg">
          <span id={titleId}>{title}</span>
        </Title>
      </Group>
      <Box style={{ flex: 1 }}>{children}</Box>
      {actions && (
        <Card.Section withBorder inheritPadding py="sm" mt="md">
          <Group gap="sm" justify="space-between">
            {actions}
          </Group>
        </Card.Section>
      )}
    </Card>
  );
}
