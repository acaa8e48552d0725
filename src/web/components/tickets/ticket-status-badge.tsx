import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TicketPriority, TicketStatus } from '../../../shared/tickets/ticket-status';
import { PRIORITY_COLORS, priorityLabel, STATUS_COLORS, statusLabel } from './ticket-labels';

// A badge keeps its whole text; the subject next to it wraps instead.
const NEVER_SHRINK = { flexShrink: 0, minWidth: 'max-content' } as const;

interface StatusBadgeProps extends Omit<BadgeProps, 'color' | 'children'> {
  status: TicketStatus;
  /** Staff see «Αναμονή πελάτη» where customers see «Αναμονή απάντησής σας». */
  forStaff: boolean;
}

/** A ticket's status as a coloured badge. */
export function TicketStatusBadge({ status, forStaff, ...props }: StatusBadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="light"
      color={STATUS_COLORS[status]}
      radius="sm"
      tt="none"
      style={NEVER_SHRINK}
      {...props}
    >
      {statusLabel(t, status, forStaff)}
    </Badge>
  );
}

/** A ticket's priority as an outlined badge (staff). */
export function TicketPriorityBadge({
  priority,
  ...props
}: Omit<BadgeProps, 'color' | 'children'> & { priority: TicketPriority }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="outline"
      color={PRIORITY_COLORS[priority]}
      radius="sm"
      tt="none"
      style={NEVER_SHRINK}
      {...props}
    >
      {priorityLabel(t, priority)}
    </Badge>
  );
}

/** «Νέο»: something happened on the ticket since the reader last opened it. */
export function TicketNewsBadge(props: Omit<BadgeProps, 'color' | 'children'>) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="filled"
      radius="sm"
      tt="none"
      title={t('tickets.list.newsHint')}
      data-testid="ticket-news"
      style={NEVER_SHRINK}
      {...props}
    >
      {t('tickets.list.news')}
    </Badge>
  );
}

/** «Χωρίς πακέτο»: a ticket that came by email while its company had several packages (staff choose one). */
export function TicketNeedsPackageBadge(props: Omit<BadgeProps, 'color' | 'children'>) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="outline"
      color="orange"
      radius="sm"
      tt="none"
      title={t('tickets.list.needsPackageHint')}
      data-testid="ticket-needs-package"
      style={NEVER_SHRINK}
      {...props}
    >
      {t('tickets.list.needsPackage')}
    </Badge>
  );
}
