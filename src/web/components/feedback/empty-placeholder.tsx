import { EmptyState } from '@mantine/core';
import type { ReactNode } from 'react';

interface EmptyPlaceholderProps {
  icon: ReactNode;
  title: string;
  description: string;
  /** Heading level of the title, so headings stay in order on each page. */
  order?: 1 | 2 | 3;
  size?: 'sm' | 'md';
  children?: ReactNode;
}

/** The app's empty state: an icon in a soft circle, a heading and one sentence. */
export function EmptyPlaceholder({
  icon,
  title,
  description,
  order = 2,
  size = 'md',
  children,
}: EmptyPlaceholderProps) {
  return (
    <EmptyState size={size} variant="light" py={size === 'md' ? 'xl' : 'md'}>
      <EmptyState.Indicator>{icon}</EmptyState.Indicator>
      <EmptyState.Title order={order}>{title}</EmptyState.Title>
      <EmptyState.Description maw={440}>{description}</EmptyState.Description>
      {children && <EmptyState.Actions>{children}</EmptyState.Actions>}
    </EmptyState>
  );
}
