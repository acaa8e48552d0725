import { Card, Group, ThemeIcon, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';

interface DashboardPanelProps {
  title: string;
  icon: ReactNode;
  /** A button beside the title (edit, add, new). */
  action?: ReactNode;
  children: ReactNode;
}

/** One panel of the central screen: a titled region (h2) with an optional action. */
export function DashboardPanel({ title, icon, action, children }: DashboardPanelProps) {
  const titleId = useId();
  return (
    <Card component="section" aria-labelledby={titleId} h="100%" shadow="xs">
      <Group justify="space-between" wrap="nowrap" gap="sm" mb="md">
        <Group gap="sm" wrap="nowrap">
          <ThemeIcon variant="light" size={36} radius="md">
            {icon}
          </ThemeIcon>
          <Title order={2} fz="lg" id={titleId}>
            {title}
          </Title>
        </Group>
        {action}
      </Group>
      {children}
    </Card>
  );
}
