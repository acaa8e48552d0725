import { Grid, Stack } from '@mantine/core';
import { useCallback } from 'react';
import { useParams } from 'react-router';
import { useMe } from '../../api/auth';
import { isApiError } from '../../api/client';
import { useMarkTicketSeen, useStaffMembers, useTicket } from '../../api/tickets';
import { TicketEstimatesSection } from '../../components/estimates/ticket-estimates-section';
import { PageLoader } from '../../components/feedback/page-loader';
import { QueryError } from '../../components/feedback/query-error';
import { TicketTasksSection } from '../../components/tasks/ticket-tasks-section';
import { ReplyBox } from '../../components/tickets/reply-box';
import { StaffTicketPanel } from '../../components/tickets/staff-ticket-panel';
import { TicketHeader } from '../../components/tickets/ticket-header';
import { TicketThread } from '../../components/tickets/ticket-thread';
import NotFoundPage from '../not-found-page';

/** The ticket as a chat: header, thread, reply box; staff also get the management panel. */
export default function TicketPage() {
  const number = Number(useParams().number);
  const valid = Number.isInteger(number) && number > 0 && number <= 2_147_483_647;
  return valid ? <TicketView number={number} /> : <NotFoundPage />;
}

function TicketView({ number }: { number: number }) {
  const me = useMe().data;
  const forStaff = Boolean(me?.abilities.useStaffConsole);
  const ticket = useTicket(number);
  const staff = useStaffMembers(forStaff);
  useMarkTicketSeen(number, ticket.data?.lastActivityAt);

  const assignee = ticket.data?.assignee;
  const staffItems = staff.data?.items;
  // Assignment events carry ids: staff know every colleague, customers the current assignee.
  const nameOf = useCallback(
    (id: string) =>
      staffItems?.find((person) => person.id === id)?.name ??
      (assignee?.id === id ? assignee.name : undefined),
    [staffItems, assignee],
  );

  if (ticket.isPending) return <PageLoader />;
  if (ticket.isError) {
    // Another company's ticket does not exist for this user: the same page as a wrong address.
    if (isApiError(ticket.error) && ticket.error.status === 404) return <NotFoundPage />;
    return <QueryError error={ticket.error} onRetry={() => void ticket.refetch()} />;
  }

  const detail = ticket.data;
  const manages = detail.abilities.manage;
  const conversation = (
    <Stack gap="xl">
      <TicketTasksSection ticket={detail} />
      <TicketEstimatesSection ticket={detail} />
      <TicketThread ticket={detail} forStaff={forStaff} nameOf={nameOf} />
      {detail.abilities.reply && <ReplyBox ticket={detail} forStaff={forStaff} />}
    </Stack>
  );

  return (
    <>
      <TicketHeader ticket={detail} forStaff={forStaff} />
      {manages ? (
        <Grid gap="xl">
          <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 1 }}>
            {conversation}
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 2 }}>
            <div style={{ position: 'sticky', top: 88 }}>
              <StaffTicketPanel ticket={detail} />
            </div>
          </Grid.Col>
        </Grid>
      ) : (
        <Stack maw={880}>{conversation}</Stack>
      )}
    </>
  );
}
