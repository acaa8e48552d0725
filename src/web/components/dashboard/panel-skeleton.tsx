import { Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A panel's content while the central screen loads (or after it failed: the error shows above). */
export function PanelSkeleton({ rows = 3, height = 40 }: { rows?: number; height?: number }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" aria-busy="true" aria-label={t('common.loading')}>
      {Array.from({ length: rows }, (_, row) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: identical placeholders, never reordered
        <Skeleton key={row} h={height} radius="sm" />
      ))}
    </Stack>
  );
}
