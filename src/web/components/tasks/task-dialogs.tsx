import { useTranslation } from 'react-i18next';
import type { Task } from '../../../shared/api/tasks';
import { useDeleteTask, useUpdateTask } from '../../api/tasks';
import { ReasonModal } from './reason-modal';
import type { TaskAction } from './task-actions-menu';
import { TaskFormModal } from './task-form-modal';
import { notifyTaskDone } from './task-notify';

/** The dialog open on a ticket's tasks: adding one, or an action on one. */
export type TaskDialog = { kind: 'add' } | { kind: TaskAction; task: Task } | null;

interface TaskDialogsProps {
  ticketNumber: number;
  dialog: TaskDialog;
  onClose: () => void;
}

/** Add / edit (a form), mark (non-)billable and delete (a reason each) for a ticket's tasks. */
export function TaskDialogs({ ticketNumber, dialog, onClose }: TaskDialogsProps) {
  const { t } = useTranslation();
  const update = useUpdateTask();
  const remove = useDeleteTask();
  const task = dialog && dialog.kind !== 'add' ? dialog.task : null;
  const isForm = dialog?.kind === 'add' || dialog?.kind === 'edit';
  const billableTo = !task?.isBillable;

  return (
    <>
      <TaskFormModal
        opened={isForm}
        ticketNumber={ticketNumber}
        task={dialog?.kind === 'edit' ? dialog.task : null}
        onClose={onClose}
      />
      <ReasonModal
        opened={dialog?.kind === 'billable'}
        title={t(billableTo ? 'tasks.billable.onTitle' : 'tasks.billable.offTitle')}
        text={t(billableTo ? 'tasks.billable.onText' : 'tasks.billable.offText', {
          description: task?.description,
        })}
        confirmLabel={t(billableTo ? 'tasks.row.markBillable' : 'tasks.row.markNonBillable')}
        loading={update.isPending}
        error={update.error}
        onConfirm={(reason) =>
          task &&
          update.mutate(
            { id: task.id, isBillable: billableTo, reason },
            {
              onSuccess: () => {
                notifyTaskDone(t('tasks.notify.updated'));
                onClose();
              },
            },
          )
        }
        onClose={() => {
          update.reset();
          onClose();
        }}
      />
      <ReasonModal
        opened={dialog?.kind === 'delete'}
        title={t('tasks.delete.title')}
        text={t('tasks.delete.text', { description: task?.description })}
        confirmLabel={t('tasks.delete.confirm')}
        color="red"
        loading={remove.isPending}
        error={remove.error}
        onConfirm={(reason) =>
          task &&
          remove.mutate(
            { id: task.id, ticketNumber, reason },
            {
              onSuccess: () => {
                notifyTaskDone(t('tasks.notify.deleted'));
                onClose();
              },
            },
          )
        }
        onClose={() => {
          remove.reset();
          onClose();
        }}
      />
    </>
  );
}
