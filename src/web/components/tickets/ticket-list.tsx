import { Box, Group, Paper, Stack, Tabs } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ticketNumberIn } from '../../../shared/tickets/ticket-number-search';
import { ticketDetailQuery, useTickets } from '../../api/tickets';
import { type TicketListState, ticketListQueryOf } from '../../lib/ticket-list-params';
import { SearchInput } from '../form/search-input';
import { OtherTabMatches } from './other-tab-matches';
import { SavedViewsBar } from './saved-views-bar';
import { StaffTicketFilters } from './staff-ticket-filters';
import { TicketResults } from './ticket-results';
import { TicketSortControl } from './ticket-sort-control';
import { useTicketListParams } from './use-ticket-list-params';

const STATES: TicketListState[] = ['open', 'closed', 'all'];

/**
 * A list of tickets with «Ανοιχτά» / «Κλειστά» / «Όλα», search, sorting and pages,
 * all kept in the address bar. Customers get their own tickets (the server
 * scopes them); staff get every company's, with the queue's extra filters.
 */
export function TicketList({ forStaff }: { forStaff: boolean }) {
  const { t } = useTranslation();
  const { params, change } = useTicketListParams();
  const tickets = useTickets(ticketListQueryOf(params, forStaff));
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  /** «#1016» or «1016» and Enter: straight to that ticket, when the reader may see it. */
  async function openTicketNamed(q: string) {
    const number = ticketNumberIn(q);
    if (number === undefined) return;
    try {
      await queryClient.fetchQuery(ticketDetailQuery(number));
      navigate(`/tickets/${number}`);
    } catch {
      // No such ticket (or not theirs): the list shows what the search found instead.
    }
  }

  return (
    <Paper withBorder shadow="xs">
      <Tabs
        keepMounted={false}
        value={params.state}
        onChange={(value) => {
          const state = STATES.find((item) => item === value);
          if (state) change({ state });
        }}
      >
        <Tabs.List px="md" pt="xs">
          {STATES.map((state) => (
            <Tabs.Tab key={state} value={state} fw={600}>
              {t(`tickets.list.tabs.${state}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Stack gap="sm" p="md" pb={0}>
          <Group gap="sm" wrap="wrap" align="center">
            <SearchInput
              value={params.q}
              onSearch={(q) => change({ q }, { replace: true })}
              onEnter={(q) => void openTicketNamed(q)}
              label={t('tickets.list.search')}
              placeholder={t('tickets.list.searchPlaceholder')}
              clearLabel={t('tickets.list.clearSearch')}
              maxLength={200}
            />
            <TicketSortControl
              sort={params.sort}
              direction={params.direction}
              onChange={(sort, direction) => change({ sort, direction })}
            />
          </Group>
          {forStaff && <SavedViewsBar params={params} onChange={change} />}
          {forStaff && <StaffTicketFilters params={params} onChange={change} />}
          <OtherTabMatches
            params={params}
            forStaff={forStaff}
            onShow={(state) => change({ state })}
          />
        </Stack>
        {STATES.map((state) => (
          <Tabs.Panel key={state} value={state}>
            <Box p="md">
              <TicketResults
                result={tickets}
                params={params}
                forStaff={forStaff}
                onChange={change}
              />
            </Box>
          </Tabs.Panel>
        ))}
      </Tabs>
    </Paper>
  );
}
