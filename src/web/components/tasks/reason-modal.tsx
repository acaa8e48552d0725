import { useTranslation } from 'react-i18next';
import { TASK_REASON_MAX } from '../../../shared/api/tasks';
import { TextModal } from '../form/text-modal';

interface ReasonModalProps {
  opened: boolean;
  title: string;
  text: string;
  confirmLabel: string;
  color?: string;
  loading: boolean;
  error: unknown;
  onConfirm: (reason: string) => void;
  onClose: () => void;
}

/** A change to the ledger (delete, billable or not) waits for a reason, kept in the history. */
export function ReasonModal(props: ReasonModalProps) {
  const { t } = useTranslation();
  return (
    <TextModal
      {...props}
      label={t('tasks.form.reason')}
      description={t('tasks.form.reasonHelp')}
      minRows={2}
      field="reason"
      maxLength={TASK_REASON_MAX}
    />
  );
}
