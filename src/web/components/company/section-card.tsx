import { Card, Group, ThemeIcon, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';

interface SectionCardProps {
  title: string;
  icon: ReactNode;
  /** Buttons on the right of the title (they wrap below it on phones). */
  actions?: ReactNode;
  children: ReactNode;
}

/** One titled region (h2) of a staff page, with its actions beside the title. */
export function SectionCard({ title, icon, actions, children }: SectionCardProps) {
  const titleId = useId();
  return (
    <Card component="section" aria-labelledby={titleId} shadow="xs" h="100%">
      <Group justify="space-between" gap="sm" mb="md" wrap="wrap">
        <Group gap="sm" wrap="nowrap">
          <ThemeIcon variant="light" size={36} radius="md">
            {icon}
          </ThemeIcon>
          <Title order={2} fz="lg" id={titleId}>
            {title}
          </Title>
        </Group>
        {actions && <Group gap="xs">{actions}</Group>}
      </Group>
      {children}
    </Card>
  );
}
