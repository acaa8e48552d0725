import { Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TaskList } from '../../../shared/api/tasks';
import { formatHours } from '../hours/hours-format';

interface PastTaskTotalsProps {
  totals: TaskList['totals'];
  /** The one package every listed task is for, said once here instead of on every row. */
  packageName: string | null | undefined;
}

/** What the filtered tasks add up to, on every page: time worked and what was charged. */
export function PastTaskTotals({ totals, packageName }: PastTaskTotalsProps) {
  const { t } = useTranslation();
  const figures = [
    { label: t('tasks.list.totals.worked'), minutes: Math.floor(totals.workedSeconds / 60) },
    { label: t('tasks.list.totals.billed'), minutes: totals.billableMinutes },
  ];
  return (
    <Paper withBorder radius="md" p="sm" bg="var(--mantine-color-gray-0)">
      <Group gap="xl" wrap="wrap" aria-label={t('tasks.list.totals.title')} role="group">
        {packageName !== undefined && (
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              {t('tasks.list.columns.package')}
            </Text>
            <Text size="sm" fw={600}>
              {packageName ?? t('tickets.list.noPackage')}
            </Text>
          </Stack>
        )}
        {figures.map(({ label, minutes }) => (
          <Stack gap={0} key={label}>
            <Text size="xs" c="dimmed">
              {label}
            </Text>
            <Text size="sm" fw={700} className="aitima-figures">
              {formatHours(minutes)}
            </Text>
          </Stack>
        ))}
      </Group>
    </Paper>
  );
}
