import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Estimate } from '../../../shared/api/estimates';
import type { TicketDetail } from '../../../shared/api/tickets';
import { useDecideEstimate, useTicketEstimates, useWithdrawEstimate } from '../../api/estimates';
import { notifySuccess } from '../company/notify';
import { FormAlert } from '../form/form-alert';
import { formatHours } from '../hours/hours-format';
import { EstimateFormModal } from './estimate-form-modal';

const STATUS_COLORS: Record<Estimate['status'], string> = {
  pending: 'yellow',
  approved: 'green',
  declined: 'red',
  withdrawn: 'gray',
};

/**
 * «Εκτιμήσεις» of a ticket: each estimate with its status; the customer approves
 * or declines a pending one with one click, staff add or withdraw them. The line
 * above says how much billable work the ticket has used of its limit.
 */
export function TicketEstimatesSection({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation();
  const estimates = useTicketEstimates(ticket.number);
  const decide = useDecideEstimate(ticket.number);
  const withdraw = useWithdrawEstimate(ticket.number);
  const [adding, setAdding] = useState(false);
  const forStaff = ticket.abilities.manage;
  const data = estimates.data;
  // Customers see the section only once there is something to decide or read.
  if (!data || (!forStaff && data.items.length === 0)) return null;

  const usage =
    data.limitMinutes === null
      ? t('estimates.noLimit')
      : t('estimates.usage', {
          used: formatHours(data.usedMinutes),
          limit: formatHours(data.limitMinutes),
        });
  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-label={t('estimates.title')}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('estimates.title')}
          </Title>
          {forStaff && (
            <Button variant="light" size="xs" onClick={() => setAdding(true)}>
              {t('estimates.add')}
            </Button>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {usage}
          {data.limitSource === 'company_cap' && ` · ${t('estimates.limitFromCap')}`}
        </Text>
        <FormAlert error={decide.error ?? withdraw.error} />
        {data.items.map((estimate) => (
          <Card key={estimate.id} withBorder radius="md" padding="sm">
            <Stack gap={6}>
              <Group justify="space-between" wrap="wrap">
                <Text fw={650}>
                  {t('estimates.estimateOf', { hours: formatHours(estimate.minutes) })}
                </Text>
                <Badge color={STATUS_COLORS[estimate.status]} variant="light" tt="none">
                  {t(`estimates.status.${estimate.status}`)}
                </Badge>
              </Group>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {estimate.included}
              </Text>
              {estimate.status === 'pending' && (
                <Group gap="xs">
                  {!forStaff && (
                    <>
                      <Button
                        size="xs"
                        loading={decide.isPending}
                        onClick={() =>
                          decide.mutate(
                            { id: estimate.id, decision: 'approve' },
                            { onSuccess: () => notifySuccess(t('estimates.approved')) },
                          )
                        }
                      >
                        {t('estimates.approve')}
                      </Button>
                      <Button
                        size="xs"
                        variant="default"
                        loading={decide.isPending}
                        onClick={() =>
                          decide.mutate(
                            { id: estimate.id, decision: 'decline' },
                            { onSuccess: () => notifySuccess(t('estimates.declined')) },
                          )
                        }
                      >
                        {t('estimates.decline')}
                      </Button>
                    </>
                  )}
                  {forStaff && (
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      loading={withdraw.isPending}
                      onClick={() => withdraw.mutate(estimate.id)}
                    >
                      {t('estimates.withdraw')}
                    </Button>
                  )}
                </Group>
              )}
            </Stack>
          </Card>
        ))}
      </Stack>
      {forStaff && (
        <EstimateFormModal
          number={ticket.number}
          opened={adding}
          onClose={() => setAdding(false)}
        />
      )}
    </Card>
  );
}
