import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HoursAllocation } from '../../../shared/api/hours-allocation';
import { formatHours } from '../hours/hours-format';
import { formatLocalDay } from './local-date';

const STATUS_COLOR = { requested: 'yellow', active: 'green', declined: 'gray' } as const;

/** The company's prepaid blocks: what is left of each and until when; requests as such. */
export function BlockList({ blocks }: { blocks: HoursAllocation['blocks'] }) {
  const { t } = useTranslation();
  if (blocks.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('packageEconomics.noBlocks')}
      </Text>
    );
  }
  return (
    <Stack gap={6}>
      {blocks.map((block) => (
        <Group key={block.id} gap="xs" justify="space-between" data-testid="hour-block">
          <Stack gap={0}>
            <Text size="sm" fw={500}>
              {block.name}
            </Text>
            <Text size="xs" c="dimmed">
              {block.status === 'active' && block.startsOn && block.validUntil
                ? t('packageEconomics.blockLeft', {
                    left: formatHours(block.remainingMinutes),
                    total: formatHours(block.minutes),
                    from: formatLocalDay(block.startsOn),
                    until: formatLocalDay(block.validUntil),
                  })
                : formatHours(block.minutes)}
            </Text>
          </Stack>
          <Badge color={STATUS_COLOR[block.status]} variant="light">
            {t(`packageEconomics.status.${block.status}`)}
          </Badge>
        </Group>
      ))}
    </Stack>
  );
}
