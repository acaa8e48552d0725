import { Box, Collapse, Grid, Stack, useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useCallback, useState } from 'react';
import { useParams } from 'react-router';
import { useMe } from '../../api/auth';
import { isApiError } from '../../api/client';
import { useMarkTicketSeen, useStaffMembers, useTicket } from '../../api/tickets';
import { TicketEstimatesSection } from '../../components/estimates/ticket-estimates-section';
import { PageLoader } from '../../components/feedback/page-loader';
import { QueryError } from '../../components/feedback/query-error';
import { TicketRatingSection } from '../../components/ratings/ticket-rating-section';
import { ReplyBox } from '../../components/tickets/reply-box';
import { ReplyShortcut } from '../../components/tickets/reply-shortcut';
import { TicketHeader } from '../../components/tickets/ticket-header';
import { TicketSidePanel } from '../../components/tickets/ticket-side-panel';
import { TicketThread } from '../../components/tickets/ticket-thread';
import NotFoundPage from '../not-found-page';

const DETAILS_ID = 'ticket-details';

/** The ticket as a chat: a compact header, the thread, the reply box; details beside or behind a toggle. */
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
  // From «md» up the details are a side panel, open until closed; on a phone they
  // wait behind «Λεπτομέρειες» so the conversation comes first.
  const { breakpoints } = useMantineTheme();
  const isWide = useMediaQuery(`(min-width: ${breakpoints.md})`, false, {
    getInitialValueInEffect: false,
  });
  const [openChoice, setOpenChoice] = useState<boolean | null>(null);
  const detailsOpen = openChoice ?? isWide;
  const [replyBox, setReplyBox] = useState<HTMLElement | null>(null);

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
  const details = <TicketSidePanel ticket={detail} forStaff={forStaff} />;
  const conversation = (
    <Stack gap="xl">
      <TicketThread ticket={detail} forStaff={forStaff} nameOf={nameOf} />
      {/* An estimate waits for the customer's answer where the conversation ends. */}
      <TicketEstimatesSection ticket={detail} />
      <TicketRatingSection ticket={detail} forStaff={forStaff} />
      {detail.abilities.reply && (
        <Box ref={setReplyBox}>
          <ReplyBox ticket={detail} forStaff={forStaff} />
        </Box>
      )}
    </Stack>
  );

  return (
    <>
      <TicketHeader
        ticket={detail}
        forStaff={forStaff}
        detailsOpen={detailsOpen}
        onToggleDetails={() => setOpenChoice(!detailsOpen)}
        // A closed side panel is not on the page: nothing to point at then.
        detailsId={isWide && !detailsOpen ? undefined : DETAILS_ID}
      />
      {isWide ? (
        <Grid gap="xl">
          <Grid.Col span={detailsOpen ? 8 : 12}>
            <Box maw={detailsOpen ? undefined : 880}>{conversation}</Box>
          </Grid.Col>
          {detailsOpen && (
            <Grid.Col span={4} id={DETAILS_ID}>
              {details}
            </Grid.Col>
          )}
        </Grid>
      ) : (
        <>
          <Collapse expanded={detailsOpen} id={DETAILS_ID} mb={detailsOpen ? 'lg' : 0}>
            {details}
          </Collapse>
          {conversation}
          {replyBox && <ReplyShortcut target={replyBox} />}
        </>
      )}
    </>
  );
}
