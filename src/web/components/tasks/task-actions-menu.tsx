import { ActionIcon, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../../shared/api/tasks';
import { IconCoinOff, IconDots, IconEdit, IconTrash } from '../icons';

/** What staff may do to a task; each opens a dialog that asks for a reason. */
export type TaskAction = 'edit' | 'billable' | 'delete';

interface TaskActionsMenuProps {
  task: Task;
  onAction: (action: TaskAction, task: Task) => void;
}

/** «⋯» beside a task (staff): edit, mark (non-)billable, delete. */
export function TaskActionsMenu({ task, onAction }: TaskActionsMenuProps) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" width={240}>
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t('tasks.row.actions', { description: task.description })}
        >
          <IconDots size={18} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconEdit size={16} />} onClick={() => onAction('edit', task)}>
          {t('tasks.row.edit')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconCoinOff size={16} />}
          onClick={() => onAction('billable', task)}
        >
          {t(task.isBillable ? 'tasks.row.markNonBillable' : 'tasks.row.markBillable')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item
          color="red"
          leftSection={<IconTrash size={16} />}
          onClick={() => onAction('delete', task)}
        >
          {t('tasks.row.delete')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
