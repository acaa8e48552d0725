import { EmptyState } from '@mantine/core';
import type { ReactNode } from 'react';

interface EmptyPlaceholderProps {
  icon: ReactNode;
  title: string;
  description: string;
  /** Heading level of the title, so headings stay in order; none: the title is plain text. */
  order?: 1 | 2 | 3;
  size?: 'sm' | 'md';
  /** Inside a panel: a plain dimmed icon instead of the coloured circle. */
  quiet?: boolean;
  children?: ReactNode;
}

/** The app's empty state: an icon in a soft circle, a heading and one sentence. */
export function EmptyPlaceholder({
  icon,
  title,
  description,
  order,
  size = 'md',
  quiet = false,
  children,
}: EmptyPlaceholderProps) {
  return (
    <EmptyState size={size} variant={quiet ? undefined : 'light'} py={size === 'md' ? 'xl' : 'sm'}>
      <EmptyState.Indicator>{icon}</EmptyState.Indicator>
      <EmptyState.Title order={order}>{title}</EmptyState.Title>
      <EmptyState.Description maw={440}>{description}</EmptyState.Description>
      {children && <EmptyState.Actions>{children}</EmptyState.Actions>}
    </EmptyState>
  );
}
