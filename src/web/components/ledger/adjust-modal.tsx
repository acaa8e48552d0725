import {
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEDGER_REASON_MAX } from '../../../shared/api/ledger';
import { wallTimeOf } from '../../../shared/hours';
import { useDashboard } from '../../api/dashboard';
import { useAdjustHours } from '../../api/ledger';
import { TIME_ZONE } from '../../lib/format';
import { FormAlert } from '../form/form-alert';
import { serverFieldErrors } from '../form/form-errors';

/** Staff: «Διόρθωση ωρών» — minutes added (+) or removed (−) in a package's period, with a reason. */
export function AdjustModal({
  companyId,
  opened,
  onClose,
}: {
  companyId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const dashboard = useDashboard(companyId);
  const adjust = useAdjustHours(companyId);
  const [subscriptionId, setSubscriptionId] = useState<string | null>(null);
  const [date, setDate] = useState('');
  const [minutes, setMinutes] = useState<number | string>('');
  const [reason, setReason] = useState('');
  const subscriptions = dashboard.data?.subscriptions ?? [];
  useEffect(() => {
    if (opened) {
      adjust.reset();
      setDate(wallTimeOf(new Date(), TIME_ZONE).slice(0, 10));
      setSubscriptionId(subscriptions[0]?.id ?? null);
    }
  }, [opened, adjust.reset, subscriptions[0]?.id]);
  const errors = serverFieldErrors(adjust.error, ['subscriptionId', 'date', 'minutes', 'reason']);

  return (
    <Modal opened={opened} onClose={onClose} title={t('ledger.adjust.title')} radius="lg" centered>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          adjust.mutate(
            {
              subscriptionId: subscriptionId ?? '',
              date,
              minutes: Number(minutes),
              reason,
            },
            { onSuccess: onClose },
          );
        }}
      >
        <Stack gap="sm">
          <FormAlert error={adjust.error} shownOnFields={['validation_failed']} />
          <Select
            label={t('ledger.adjust.package')}
            data={subscriptions.map((s) => ({ value: s.id, label: s.packageName }))}
            value={subscriptionId}
            onChange={setSubscriptionId}
            error={errors.subscriptionId}
          />
          <TextInput
            label={t('ledger.adjust.date')}
            description={t('ledger.adjust.dateHelp')}
            type="date"
            value={date}
            onChange={(event) => setDate(event.currentTarget.value)}
            error={errors.date}
          />
          <NumberInput
            label={t('ledger.adjust.minutes')}
            description={t('ledger.adjust.minutesHelp')}
            allowDecimal={false}
            value={minutes}
            onChange={setMinutes}
            error={errors.minutes}
          />
          <Textarea
            label={t('ledger.adjust.reason')}
            autosize
            minRows={2}
            maxLength={LEDGER_REASON_MAX}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={errors.reason}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={adjust.isPending}>
              {t('confirm.cancel')}
            </Button>
            <Button type="submit" loading={adjust.isPending}>
              {t('ledger.adjust.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
