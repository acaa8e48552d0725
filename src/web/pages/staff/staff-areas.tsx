import type { ReactNode } from 'react';
import type { Me } from '../../../shared/api/users';
import {
  IconBuilding,
  IconHistory,
  IconInbox,
  IconMailbox,
  IconMailQuestion,
  IconPackage,
  IconSend,
  IconShield,
} from '../../components/icons';

/** The staff console's areas; their texts live under `staff.<key>` in the locale files. */
export type StaffAreaKey =
  | 'tickets'
  | 'inbound'
  | 'companies'
  | 'packages'
  | 'users'
  | 'audit'
  | 'emails'
  | 'mailboxes';

export interface StaffArea {
  key: StaffAreaKey;
  path: string;
  icon: (size: number) => ReactNode;
  /** Only users who manage staff (administrators) see it. */
  adminOnly: boolean;
}

export const STAFF_AREAS: StaffArea[] = [
  { key: 'tickets', path: '/staff/tickets', icon: (s) => <IconInbox size={s} />, adminOnly: false },
  {
    key: 'inbound',
    path: '/staff/inbound',
    icon: (s) => <IconMailQuestion size={s} />,
    adminOnly: false,
  },
  {
    key: 'companies',
    path: '/staff/companies',
    icon: (s) => <IconBuilding size={s} />,
    adminOnly: false,
  },
  {
    key: 'packages',
    path: '/staff/packages',
    icon: (s) => <IconPackage size={s} />,
    adminOnly: false,
  },
  { key: 'users', path: '/staff/users', icon: (s) => <IconShield size={s} />, adminOnly: true },
  { key: 'audit', path: '/staff/audit', icon: (s) => <IconHistory size={s} />, adminOnly: true },
  // The same icon as in the «Κονσόλα» menu.
  { key: 'emails', path: '/staff/emails', icon: (s) => <IconSend size={s} />, adminOnly: true },
  {
    key: 'mailboxes',
    path: '/staff/mailboxes',
    icon: (s) => <IconMailbox size={s} />,
    adminOnly: true,
  },
];

/** The areas this user may open. */
export function staffAreasFor(me: Me): StaffArea[] {
  return STAFF_AREAS.filter((area) => !area.adminOnly || me.abilities.manageStaff);
}
