import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HourBlock } from '../../../shared/api/hour-blocks';
import {
  useCompanyHourBlocks,
  useConfirmHourBlock,
  useDeclineHourBlock,
} from '../../api/hour-blocks';
import { FormAlert } from '../form/form-alert';
import { formatHours } from '../hours/hours-format';
import { formatEuros } from './local-date';

/** Staff: a company's requests for more hours, each confirmed (it starts today) or declined with a reason. */
export function BlockRequests({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const blocks = useCompanyHourBlocks(companyId);
  const requests = (blocks.data?.items ?? []).filter((block) => block.status === 'requested');
  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        {t('packageEconomics.requests.title')}
      </Text>
      {requests.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('packageEconomics.requests.none')}
        </Text>
      ) : (
        requests.map((block) => <BlockRequest key={block.id} block={block} />)
      )}
    </Stack>
  );
}

function BlockRequest({ block }: { block: HourBlock }) {
  const { t, i18n } = useTranslation();
  const confirm = useConfirmHourBlock();
  const decline = useDeclineHourBlock();
  const [reason, setReason] = useState('');
  return (
    <Stack gap={4} data-testid="hour-block-request">
      <Text size="sm">
        {t('packageEconomics.requests.line', {
          name: block.name,
          hours: formatHours(Math.round(block.hours * 60)),
          price: formatEuros(block.price, i18n.language),
          who: block.requestedBy?.name ?? '',
        })}
      </Text>
      <Group gap="xs" align="end">
        <Button size="xs" onClick={() => confirm.mutate(block.id)} loading={confirm.isPending}>
          {t('packageEconomics.requests.confirm')}
        </Button>
        <TextInput
          size="xs"
          aria-label={t('packageEconomics.requests.reason')}
          placeholder={t('packageEconomics.requests.reason')}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
        <Button
          size="xs"
          variant="light"
          color="red"
          disabled={reason.trim() === ''}
          loading={decline.isPending}
          onClick={() => decline.mutate({ id: block.id, reason })}
        >
          {t('packageEconomics.requests.decline')}
        </Button>
      </Group>
      <FormAlert error={confirm.error ?? decline.error} />
    </Stack>
  );
}
