import { Button, Card, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSetTicketCap, useTicketCap } from '../../api/ticket-cap';
import { currentLocale } from '../../i18n';
import { notifySuccess } from '../company/notify';
import { QueryError } from '../feedback/query-error';
import { FormAlert } from '../form/form-alert';

/**
 * «Όριο ωρών ανά αίτημα χωρίς έγκριση» (a company_admin of the company, or staff):
 * hours in quarters, sent as whole minutes; empty clears it. The server names a bad
 * value, or a cap below an open ticket's work (ticket_cap_below_work).
 */
export function TicketCapCard({ companyId, mt }: { companyId: string; mt?: 'lg' }) {
  const { t } = useTranslation();
  const cap = useTicketCap(companyId);
  const save = useSetTicketCap(companyId);
  const [hours, setHours] = useState<number | string>('');
  const saved = cap.data?.ticketCapMinutes;
  useEffect(() => {
    if (saved !== undefined) setHours(saved === null ? '' : saved / 60);
  }, [saved]);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const minutes = hours === '' ? null : Math.round(Number(hours) * 60);
    save.mutate(minutes, { onSuccess: () => notifySuccess(t('estimates.capSaved')) });
  };
  return (
    <Card
      withBorder
      radius="lg"
      padding="lg"
      maw={860}
      mt={mt}
      component="section"
      aria-label={t('estimates.capTitle')}
    >
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('estimates.capTitle')}
        </Title>
        {cap.isError ? (
          <QueryError error={cap.error} onRetry={() => void cap.refetch()} />
        ) : (
          <form noValidate onSubmit={submit}>
            <Stack gap="sm">
              <Text size="sm" c="dimmed">
                {t('estimates.capHelp')}
              </Text>
              <FormAlert error={save.error} />
              <NumberInput
                hideControls
                label={t('estimates.hours')}
                min={0.25}
                step={0.25}
                decimalScale={2}
                decimalSeparator={currentLocale() === 'el' ? ',' : '.'}
                value={hours}
                onChange={setHours}
                disabled={cap.isPending}
                maw={220}
              />
              <Group>
                <Button type="submit" loading={save.isPending} disabled={cap.isPending}>
                  {t('estimates.capSave')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Card>
  );
}
