import { Text, type TextProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../../shared/api/tasks';

type ChargedTask = Pick<Task, 'isBillable' | 'billingIncrementMinutes'>;

/**
 * The billing step of the billable tasks shown: one number of minutes when they
 * share it, 'mixed' when packages differ, null when nothing shown is billed.
 */
export function chargeStepOf(tasks: ChargedTask[]): number | 'mixed' | null {
  const steps = new Set(
    tasks.filter((task) => task.isBillable).map((task) => task.billingIncrementMinutes),
  );
  if (steps.size === 0) return null;
  return steps.size === 1 ? [...steps][0]! : 'mixed';
}

/**
 * Why the charge is more than the time worked: «Κάθε εργασία χρεώνεται σε βήματα
 * των 15 λεπτών, στρογγυλοποιημένα προς τα πάνω.» Nothing when no task is billed.
 */
export function ChargeRuleNote({ tasks, ...props }: TextProps & { tasks: ChargedTask[] }) {
  const { t } = useTranslation();
  const step = chargeStepOf(tasks);
  if (step === null) return null;
  return (
    <Text size="xs" c="dimmed" {...props}>
      {step === 'mixed' ? t('tasks.charging.ruleMixed') : t('tasks.charging.rule', { count: step })}
    </Text>
  );
}
