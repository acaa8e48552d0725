import { Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PeriodSummary } from '../../../shared/hours';
import { formatHours } from '../hours/hours-format';
import { usageColor } from './package-usage';

interface PackageBalanceProps {
  packageName: string;
  figures: PeriodSummary;
  /** Where the package's name already shows beside it (the company page's cards). */
  hideName?: boolean;
}

/** A package's balance where the work is: used of allowance as a bar, remaining, overage in red. */
export function PackageBalance({ packageName, figures, hideName = false }: PackageBalanceProps) {
  const { t } = useTranslation();
  const percent = figures.usedRatio === null ? 0 : Math.round(figures.usedRatio * 100);
  const color = usageColor(figures.usedRatio);
  const isOver = figures.overageMinutes > 0;
  return (
    <Stack gap={6} component="section" aria-label={t('agentDay.balance.label', { packageName })}>
      <Group justify={hideName ? 'flex-end' : 'space-between'} gap="xs" wrap="nowrap">
        {!hideName && (
          <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
            {packageName}
          </Text>
        )}
        <Text size="sm" fw={700} c={color === 'teal' ? undefined : `${color}.8`}>
          {percent}%
        </Text>
      </Group>
      <Progress
        value={Math.min(100, percent)}
        color={color}
        size="sm"
        aria-label={t('agentDay.balance.percent', { percent })}
      />
      <Text size="sm">
        {t('agentDay.balance.used', {
          used: formatHours(figures.usedMinutes),
          allowance: formatHours(figures.allowanceMinutes),
        })}
      </Text>
      {isOver ? (
        <Text size="sm" fw={600} c="red.8">
          {t('agentDay.balance.overage', { overage: formatHours(figures.overageMinutes) })}
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          {t('agentDay.balance.remaining', { remaining: formatHours(figures.remainingMinutes) })}
        </Text>
      )}
    </Stack>
  );
}
