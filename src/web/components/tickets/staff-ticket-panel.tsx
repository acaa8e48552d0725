import { Button, Card, Select, Stack, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { TicketDetail } from '../../../shared/api/tickets';
import { TICKET_PRIORITIES, TICKET_STATUSES } from '../../../shared/tickets/ticket-status';
import { isApiError } from '../../api/client';
import {
  type TicketPatch,
  useReopenTicket,
  useStaffMembers,
  useTicketFormOptions,
  useUpdateTicket,
} from '../../api/tickets';
import { problemMessage } from '../../lib/problem-text';
import { TicketPackageBalance } from '../agent-day/ticket-package-balance';
import { notifySuccess } from '../company/notify';
import { IconCircleCheck, IconPackage, IconRotate } from '../icons';
import { CloseTicketModal } from './close-ticket-modal';
import { priorityLabel, statusLabel } from './ticket-labels';

const NOBODY = 'unassigned';

/**
 * «Επιλογή πακέτου»: a ticket that came by email while its company had several
 * active packages has none; staff choose which one it is charged to.
 */
function ChoosePackage({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation();
  const options = useTicketFormOptions(ticket.company.id);
  const update = useUpdateTicket(ticket.number);
  const subscriptions = options.data?.subscriptions ?? [];
  return (
    <Select
      label={t('tickets.manage.choosePackage')}
      description={t('tickets.manage.choosePackageHelp')}
      placeholder={t('tickets.manage.choosePackagePlaceholder')}
      value={null}
      allowDeselect={false}
      disabled={update.isPending || options.isPending}
      error={
        options.isSuccess && subscriptions.length === 0
          ? t('tickets.manage.noActivePackages')
          : undefined
      }
      data={subscriptions.map((subscription) => ({
        value: subscription.id,
        label: `${subscription.packageName} (${t(`hours.period.${subscription.periodKind}`)})`,
      }))}
      onChange={(value) => {
        if (!value) return;
        update.mutate(
          { subscriptionId: value },
          {
            onSuccess: () => notifySuccess(t('tickets.manage.packageChosen')),
            onError: (error) => {
              if (isApiError(error) && !error.isServerSide) {
                notifications.show({ color: 'red', message: problemMessage(t, error.problem) });
              }
            },
          },
        );
      }}
      leftSection={<IconPackage size={18} />}
    />
  );
}

/** Staff controls: the package of a ticket without one, assignee, status, priority, «Κλείσιμο αιτήματος» and «Επαναφορά». */
export function StaffTicketPanel({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation();
  const staff = useStaffMembers();
  const update = useUpdateTicket(ticket.number);
  const reopen = useReopenTicket(ticket.number);
  const [closing, closeModal] = useDisclosure(false);

  // Server-side failures already raise a notification; a refused change is said here.
  const onError = (error: unknown) => {
    if (isApiError(error) && !error.isServerSide) {
      notifications.show({ color: 'red', message: problemMessage(t, error.problem) });
    }
  };
  const change = (patch: TicketPatch) => update.mutate(patch, { onError });

  const people = [...(staff.data?.items ?? [])];
  // The current assignee stays choosable even if they are no longer active staff.
  if (ticket.assignee && !people.some((person) => person.id === ticket.assignee?.id)) {
    people.push(ticket.assignee);
  }

  return (
    <Card shadow="xs" component="section" aria-labelledby="ticket-manage-title">
      <Title order={2} fz="lg" mb="md" id="ticket-manage-title">
        {t('tickets.manage.title')}
      </Title>
      <Stack gap="md">
        {ticket.needsPackage && <ChoosePackage ticket={ticket} />}
        {ticket.subscriptionId && <TicketPackageBalance ticket={ticket} />}
        <Select
          label={t('tickets.manage.assignee')}
          value={ticket.assignee?.id ?? NOBODY}
          allowDeselect={false}
          searchable
          // Until the staff list is in, the list would open with nobody to choose.
          disabled={update.isPending || staff.isPending}
          data={[
            { value: NOBODY, label: t('tickets.manage.unassigned') },
            ...people.map((person) => ({ value: person.id, label: person.name })),
          ]}
          onChange={(value) => change({ assigneeId: !value || value === NOBODY ? null : value })}
        />
        <Select
          label={t('tickets.manage.status')}
          value={ticket.status}
          allowDeselect={false}
          disabled={update.isPending}
          data={TICKET_STATUSES.map((status) => ({
            value: status,
            label: statusLabel(t, status, true),
          }))}
          onChange={(value) => {
            const status = TICKET_STATUSES.find((item) => item === value);
            if (status && status !== ticket.status) change({ status });
          }}
        />
        <Select
          label={t('tickets.manage.priority')}
          value={ticket.priority}
          allowDeselect={false}
          disabled={update.isPending}
          data={TICKET_PRIORITIES.map((priority) => ({
            value: priority,
            label: priorityLabel(t, priority),
          }))}
          onChange={(value) => {
            const priority = TICKET_PRIORITIES.find((item) => item === value);
            if (priority && priority !== ticket.priority) change({ priority });
          }}
        />
        {ticket.status === 'closed' ? (
          <Button
            variant="light"
            leftSection={<IconRotate size={18} />}
            loading={reopen.isPending}
            onClick={() => reopen.mutate(undefined, { onError })}
          >
            {t('tickets.manage.reopen')}
          </Button>
        ) : (
          <Button
            variant="light"
            color="red"
            leftSection={<IconCircleCheck size={18} />}
            onClick={closeModal.open}
          >
            {t('tickets.manage.close')}
          </Button>
        )}
      </Stack>
      <CloseTicketModal number={ticket.number} opened={closing} onClose={closeModal.close} />
    </Card>
  );
}
