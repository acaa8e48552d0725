import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CompanyUsage } from '../../../shared/api/companies';
import { formatHoursDecimal } from '../hours/hours-format';
import { usageColor } from './package-usage';

/** The share of the hours used, null when nothing is allowed (then usage cannot be a share). */
export const usageRatio = (usage: CompanyUsage | null): number | null =>
  usage && usage.allowanceMinutes > 0 ? usage.usedMinutes / usage.allowanceMinutes : null;

/** «7:30 / 10:00 · 75 %» with a bar coloured at 80 % and 100 %; «no active package» otherwise. */
export function CompanyUsageCell({ usage }: { usage: CompanyUsage | null }) {
  const { t } = useTranslation();
  if (!usage) {
    return (
      <Text size="sm" c="dimmed">
        {t('agentDay.balance.none')}
      </Text>
    );
  }
  const ratio = usageRatio(usage);
  const percent = ratio === null ? 0 : Math.round(ratio * 100);
  const color = usageColor(ratio);
  return (
    <Stack gap={4} miw={140}>
      <Text size="sm" className="aitima-figures" style={{ whiteSpace: 'nowrap' }}>
        {formatHoursDecimal(usage.usedMinutes)} / {formatHoursDecimal(usage.allowanceMinutes)} ·{' '}
        <Text span fw={700} c={color === 'teal' ? undefined : `${color}.8`}>
          {percent}%
        </Text>
      </Text>
      <Progress
        value={Math.min(100, percent)}
        color={color}
        size="xs"
        aria-label={t('agentDay.balance.percent', { percent })}
      />
    </Stack>
  );
}
