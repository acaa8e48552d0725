import { ActionIcon, Button, Group, Menu } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { SavedView } from '../../../shared/api/saved-views';
import {
  useCreateSavedView,
  useDeleteSavedView,
  useRenameSavedView,
  useSavedViews,
} from '../../api/saved-views';
import { serializeTicketListParams, type TicketListParams } from '../../lib/ticket-list-params';
import { IconChevronDown, IconPlus } from '../icons';
import { SavedViewNameModal } from './saved-view-name-modal';

interface SavedViewsBarProps {
  params: TicketListParams;
  onChange: (change: Partial<TicketListParams>) => void;
}

/** The filters a view keeps: everything but the page one is on. */
export function viewQueryOf(params: TicketListParams): string {
  return serializeTicketListParams({ ...params, page: 1, cursor: undefined }).toString();
}

type Naming = { kind: 'new' } | { kind: 'rename'; view: SavedView } | null;

/**
 * The queue's views: «Όλα», «Τα δικά μου», «Χωρίς ανάθεση», «Εκπρόθεσμα», then the agent's own
 * saved filters (open, rename, delete), and «Αποθήκευση προβολής» for the current ones.
 */
export function SavedViewsBar({ params, onChange }: SavedViewsBarProps) {
  const { t } = useTranslation();
  const [, setSearchParams] = useSearchParams();
  const views = useSavedViews();
  const create = useCreateSavedView();
  const rename = useRenameSavedView();
  const remove = useDeleteSavedView();
  const [naming, setNaming] = useState<Naming>(null);
  const current = viewQueryOf(params);
  const builtIn = [
    {
      key: 'all',
      change: { mine: false, unassigned: false, overdue: false },
      active: !params.mine && !params.unassigned && !params.overdue,
    },
    {
      key: 'mine',
      change: { mine: true, unassigned: false, overdue: false },
      active: params.mine && !params.overdue,
    },
    {
      key: 'unassigned',
      change: { mine: false, unassigned: true, overdue: false },
      active: params.unassigned && !params.overdue,
    },
    {
      key: 'overdue',
      change: { mine: false, unassigned: false, overdue: true },
      active: params.overdue && !params.mine && !params.unassigned,
    },
  ] as const;
  const mutation = naming?.kind === 'rename' ? rename : create;

  return (
    <Group gap="xs" wrap="wrap" aria-label={t('agentQueue.views.label')} role="group">
      {builtIn.map((view) => (
        <Button
          key={view.key}
          size="compact-sm"
          variant={view.active ? 'light' : 'subtle'}
          aria-pressed={view.active}
          onClick={() => onChange(view.change)}
        >
          {view.key === 'overdue' ? t('targets.overdueView') : t(`agentQueue.views.${view.key}`)}
        </Button>
      ))}
      {(views.data?.items ?? []).map((view) => {
        const isActive = view.query === current;
        return (
          <Group key={view.id} gap={0} wrap="nowrap">
            <Button
              size="compact-sm"
              variant={isActive ? 'light' : 'subtle'}
              aria-pressed={isActive}
              onClick={() => setSearchParams(new URLSearchParams(view.query))}
            >
              {view.name}
            </Button>
            <Menu position="bottom-end">
              <Menu.Target>
                <ActionIcon
                  variant="subtle"
                  size="sm"
                  aria-label={t('agentQueue.views.actions', { name: view.name })}
                >
                  <IconChevronDown size={14} />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={() => setNaming({ kind: 'rename', view })}>
                  {t('agentQueue.views.rename')}
                </Menu.Item>
                <Menu.Item color="red" onClick={() => remove.mutate(view.id)}>
                  {t('agentQueue.views.delete')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        );
      })}
      <Button
        size="compact-sm"
        variant="default"
        leftSection={<IconPlus size={14} />}
        onClick={() => {
          create.reset();
          setNaming({ kind: 'new' });
        }}
      >
        {t('agentQueue.views.save')}
      </Button>
      <SavedViewNameModal
        opened={naming !== null}
        title={t(
          naming?.kind === 'rename' ? 'agentQueue.views.renameTitle' : 'agentQueue.views.saveTitle',
        )}
        initialName={naming?.kind === 'rename' ? naming.view.name : ''}
        loading={mutation.isPending}
        error={mutation.error}
        onClose={() => setNaming(null)}
        onConfirm={(name) => {
          const done = { onSuccess: () => setNaming(null) };
          if (naming?.kind === 'rename') rename.mutate({ id: naming.view.id, name }, done);
          else create.mutate({ name, query: current }, done);
        }}
      />
    </Group>
  );
}
