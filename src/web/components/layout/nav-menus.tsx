import { Badge, Button, Menu, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useInboundSummary } from '../../api/inbound-emails';
import {
  IconBuilding,
  IconChartBar,
  IconClock,
  IconHistory,
  IconInbox,
  IconKey,
  IconLayout,
  IconMailbox,
  IconMailQuestion,
  IconMessages,
  IconPackage,
  IconPlugConnected,
  IconSend,
  IconShield,
} from '../icons';
import { menuTargetProps, type NavPlacement, type NavProps } from './nav-buttons';

/** Menu options per placement: inside the drawer the dropdown stays in the drawer's focus trap. */
export function menuProps(placement: NavPlacement) {
  return placement === 'header'
    ? { width: 240 }
    : { width: 'target' as const, withinPortal: false, position: 'bottom' as const };
}

/** «Υποστήριξη» → «Κεντρική οθόνη» (customers), «Αιτήματα», hours. */
export function SupportMenu({
  me,
  placement,
  defaultOpened = false,
}: NavProps & {
  /** Opens at once: the reader clicked its stand-in before the menus had loaded. */
  defaultOpened?: boolean;
}) {
  const { t } = useTranslation();
  // A customer's «/» is the central screen; staff have «Αρχική κονσόλας» in «Κονσόλα».
  const isCustomer = Boolean(me?.company);
  return (
    <Menu {...menuProps(placement)} defaultOpened={defaultOpened}>
      <Menu.Target>
        <Button {...menuTargetProps(placement)}>{t('nav.support')}</Button>
      </Menu.Target>
      <Menu.Dropdown>
        {isCustomer && (
          <Menu.Item component={Link} to="/" leftSection={<IconLayout size={18} />}>
            {t('dashboard.title')}
          </Menu.Item>
        )}
        <Menu.Item component={Link} to="/tickets" leftSection={<IconInbox size={18} />}>
          {t('nav.requests')}
        </Menu.Item>
        <Menu.Item component={Link} to="/hours" leftSection={<IconClock size={18} />}>
          {t('ledger.title')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

interface ConsoleLink {
  to: string;
  label: string;
  icon: ReactNode;
  /** A count beside the label (mails waiting for review). */
  count?: number;
}

/** «Κονσόλα»: the staff areas; the admin-only ones only for those who manage staff. */
export function ConsoleMenu({
  me,
  placement,
  defaultOpened = false,
}: NavProps & { defaultOpened?: boolean }) {
  const { t } = useTranslation();
  const isStaff = Boolean(me?.abilities.useStaffConsole);
  const held = useInboundSummary(isStaff).data?.held ?? 0;
  if (!me || !isStaff) return null;
  const links: ConsoleLink[] = [
    { to: '/staff', label: t('nav.staffHome'), icon: <IconLayout size={18} /> },
    { to: '/staff/tickets', label: t('nav.staffTickets'), icon: <IconInbox size={18} /> },
    {
      to: '/staff/canned-replies',
      label: t('agentQueue.cannedPage.menu'),
      icon: <IconMessages size={18} />,
    },
    {
      to: '/staff/inbound',
      label: t('nav.inbound'),
      icon: <IconMailQuestion size={18} />,
      count: held,
    },
    { to: '/staff/companies', label: t('nav.companies'), icon: <IconBuilding size={18} /> },
    { to: '/staff/packages', label: t('nav.packages'), icon: <IconPackage size={18} /> },
    { to: '/staff/disputes', label: t('ledger.queue.title'), icon: <IconMessages size={18} /> },
    { to: '/staff/ratings', label: t('rating.report.title'), icon: <IconChartBar size={18} /> },
  ];
  const adminLinks: ConsoleLink[] = [
    { to: '/staff/users', label: t('nav.staffUsers'), icon: <IconShield size={18} /> },
    { to: '/staff/audit', label: t('nav.audit'), icon: <IconHistory size={18} /> },
    { to: '/staff/emails', label: t('nav.emails'), icon: <IconSend size={18} /> },
    { to: '/staff/mailboxes', label: t('nav.mailboxes'), icon: <IconMailbox size={18} /> },
    { to: '/staff/api-tokens', label: t('apiTokens.menu'), icon: <IconKey size={18} /> },
    { to: '/staff/sso', label: t('nav.sso'), icon: <IconKey size={18} /> },
    { to: '/staff/webhooks', label: t('webhooks.nav'), icon: <IconPlugConnected size={18} /> },
  ];
  const item = (link: ConsoleLink) => (
    <Menu.Item
      key={link.to}
      component={Link}
      to={link.to}
      leftSection={link.icon}
      rightSection={
        link.count ? (
          <Badge size="sm" variant="filled" aria-hidden="true">
            {link.count}
          </Badge>
        ) : undefined
      }
    >
      {link.label}
      {link.count ? (
        <VisuallyHidden> ({t('inbound.heldCount', { count: link.count })})</VisuallyHidden>
      ) : null}
    </Menu.Item>
  );
  return (
    <Menu {...menuProps(placement)} defaultOpened={defaultOpened}>
      <Menu.Target>
        <Button {...menuTargetProps(placement)}>{t('nav.console')}</Button>
      </Menu.Target>
      <Menu.Dropdown>
        {links.map(item)}
        {me.abilities.manageStaff && (
          <>
            <Menu.Divider />
            <Menu.Label>{t('staff.home.adminOnly')}</Menu.Label>
            {adminLinks.map(item)}
          </>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
