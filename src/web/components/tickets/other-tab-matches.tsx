import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useTickets } from '../../api/tickets';
import { type TicketListParams, ticketListQueryOf } from '../../lib/ticket-list-params';
import { IconSearch } from '../icons';

/** The tab a search in «Ανοιχτά» or «Κλειστά» should also look in; «Όλα» has none. */
const OTHER_TAB = { open: 'closed', closed: 'open' } as const;

interface OtherTabMatchesProps {
  params: TicketListParams;
  forStaff: boolean;
  onShow: (state: 'open' | 'closed') => void;
}

/**
 * While searching in «Ανοιχτά» or «Κλειστά», says how many tickets match in the
 * other tab and offers to go there, so a match is never hidden behind a tab.
 * It asks for the other tab's first page as the list would, so going there is instant.
 */
export function OtherTabMatches({ params, forStaff, onShow }: OtherTabMatchesProps) {
  const { t } = useTranslation();
  const other = params.state === 'all' ? undefined : OTHER_TAB[params.state];
  const query = ticketListQueryOf(
    { ...params, state: other ?? 'all', page: 1, cursor: undefined },
    forStaff,
  );
  const result = useTickets(query, { enabled: Boolean(other && params.q.trim()) });
  if (!other || !params.q.trim() || result.isPlaceholderData || !result.data?.total) return null;
  const { total, isTotalCapped } = result.data;
  const tab = t(`tickets.list.tabs.${other}`);
  return (
    <Alert variant="light" color="blue" icon={<IconSearch size={18} />} py="xs">
      <Group gap="sm" justify="space-between" wrap="wrap">
        <Text size="sm">
          {isTotalCapped
            ? t('tickets.list.otherTabCapped', { count: total, tab })
            : t('tickets.list.otherTab', { count: total, tab })}
        </Text>
        <Button size="compact-sm" variant="light" onClick={() => onShow(other)}>
          {t('tickets.list.showOtherTab', { tab })}
        </Button>
      </Group>
    </Alert>
  );
}
