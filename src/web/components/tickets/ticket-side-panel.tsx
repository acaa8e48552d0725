import { Stack } from '@mantine/core';
import type { TicketDetail } from '../../../shared/api/tickets';
import { TicketTasksSection } from '../tasks/ticket-tasks-section';
import { StaffTicketPanel } from './staff-ticket-panel';
import { TicketFacts } from './ticket-facts';
import { TicketParticipants } from './ticket-participants';

/**
 * What sits beside the chat (or behind «Λεπτομέρειες» on a phone): the ticket's
 * facts, its colleagues, its tasks, and for staff the controls. Tasks come before the controls
 * so the keyboard reaches «Έναρξη εργασίας» before «Κλείσιμο αιτήματος».
 */
export function TicketSidePanel({ ticket, forStaff }: { ticket: TicketDetail; forStaff: boolean }) {
  return (
    <Stack gap="md">
      <TicketFacts ticket={ticket} forStaff={forStaff} />
      <TicketParticipants number={ticket.number} />
      <TicketTasksSection ticket={ticket} />
      {ticket.abilities.manage && <StaffTicketPanel ticket={ticket} />}
    </Stack>
  );
}
