import { Paper } from '@mantine/core';
import type { ReactNode } from 'react';
import { EmptyPlaceholder } from './empty-placeholder';
import { PageHeader } from './page-header';

interface PlaceholderPageProps {
  title: string;
  subtitle?: string;
  emptyTitle: string;
  emptyText: string;
  icon: ReactNode;
  actions?: ReactNode;
}

/** A page whose content is built later: its real title and an empty state saying what will be here. */
export function PlaceholderPage(props: PlaceholderPageProps) {
  return (
    <>
      <PageHeader title={props.title} subtitle={props.subtitle} actions={props.actions} />
      <Paper withBorder p="xl">
        <EmptyPlaceholder
          icon={props.icon}
          title={props.emptyTitle}
          description={props.emptyText}
        />
      </Paper>
    </>
  );
}
