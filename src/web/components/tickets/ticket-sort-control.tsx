import { ActionIcon, Group, Select, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TICKET_SORTS } from '../../../shared/api/tickets';
import type { SortDirection, TicketSort } from '../../lib/ticket-list-params';
import { IconSortAscending, IconSortDescending } from '../icons';

interface TicketSortControlProps {
  sort: TicketSort;
  direction: SortDirection;
  onChange: (sort: TicketSort, direction: SortDirection) => void;
}

// The natural first direction of each order: newest first, A to Z.
const NATURAL: Record<TicketSort, SortDirection> = {
  lastActivity: 'desc',
  created: 'desc',
  number: 'desc',
  subject: 'asc',
};

/** «Ταξινόμηση»: what to order by, and a button that flips the direction. */
export function TicketSortControl({ sort, direction, onChange }: TicketSortControlProps) {
  const { t } = useTranslation();
  const flipLabel = t(
    direction === 'asc' ? 'tickets.list.directionAsc' : 'tickets.list.directionDesc',
  );
  return (
    <Group gap={6} wrap="nowrap">
      <Select
        aria-label={t('tickets.list.sort')}
        size="sm"
        w={220}
        allowDeselect={false}
        value={sort}
        data={TICKET_SORTS.map((value) => ({
          value,
          label: t(`tickets.list.sortOptions.${value}`),
        }))}
        onChange={(value) => {
          const next = TICKET_SORTS.find((item) => item === value);
          if (next) onChange(next, NATURAL[next]);
        }}
      />
      <Tooltip label={flipLabel} withArrow>
        <ActionIcon
          variant="default"
          size={36}
          aria-label={flipLabel}
          onClick={() => onChange(sort, direction === 'asc' ? 'desc' : 'asc')}
        >
          {direction === 'asc' ? <IconSortAscending size={18} /> : <IconSortDescending size={18} />}
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
