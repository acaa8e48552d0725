import { Group, Paper, Pill, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import {
  useAddParticipant,
  useColleagueCandidates,
  useParticipants,
  useRemoveParticipant,
} from '../../api/ticket-participants';
import { problemMessage } from '../../lib/problem-text';
import { notifySuccess } from '../company/notify';

/**
 * «Συμμετέχοντες»: colleagues who see the ticket, reply and get its emails. Those
 * who may change them (staff, the requester, a company_admin) add one from the
 * company's people and remove one with the pill's ×.
 */
export function TicketParticipants({ number }: { number: number }) {
  const { t } = useTranslation();
  const participants = useParticipants(number);
  const [isPicking, setPicking] = useState(false);
  const canManage = participants.data?.canManage ?? false;
  const candidates = useColleagueCandidates(number, canManage && isPicking);
  const add = useAddParticipant(number);
  const remove = useRemoveParticipant(number);

  // Server-side failures already raise a notification; a refused change is said here.
  const onError = (error: unknown) => {
    if (isApiError(error) && !error.isServerSide) {
      notifications.show({ color: 'red', message: problemMessage(t, error.problem) });
    }
  };

  const items = participants.data?.items ?? [];
  if (!participants.data || (items.length === 0 && !canManage)) return null;

  return (
    <Paper withBorder p="sm" radius="md" component="section" aria-labelledby="participants-title">
      <Stack gap="xs">
        <Text id="participants-title" fw={600} size="sm">
          {t('ticketColleagues.title')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('ticketColleagues.hint')}
        </Text>
        {items.length > 0 ? (
          <Group gap={6}>
            {items.map((person) => (
              <Pill
                key={person.id}
                size="md"
                withRemoveButton={canManage}
                removeButtonProps={{
                  'aria-label': t('ticketColleagues.remove', { name: person.name }),
                }}
                onRemove={() =>
                  remove.mutate(person.id, {
                    onSuccess: () =>
                      notifySuccess(t('ticketColleagues.removed', { name: person.name })),
                    onError,
                  })
                }
              >
                {person.name}
              </Pill>
            ))}
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t('ticketColleagues.none')}
          </Text>
        )}
        {canManage && (
          <Select
            label={t('ticketColleagues.add')}
            placeholder={t('ticketColleagues.pickerPlaceholder')}
            searchable
            value={null}
            data={(candidates.data?.items ?? []).map((person) => ({
              value: person.id,
              label: person.name,
            }))}
            nothingFoundMessage={
              candidates.isPending ? undefined : t('ticketColleagues.noCandidates')
            }
            onDropdownOpen={() => setPicking(true)}
            disabled={add.isPending}
            onChange={(userId) => {
              const name = candidates.data?.items.find((person) => person.id === userId)?.name;
              if (!userId) return;
              add.mutate(userId, {
                onSuccess: () => notifySuccess(t('ticketColleagues.added', { name: name ?? '' })),
                onError,
              });
            }}
          />
        )}
      </Stack>
    </Paper>
  );
}
