import {
  IconActivity as TablerActivity,
  IconAlertCircle as TablerAlert,
  IconBuilding as TablerBuilding,
  IconChartBar as TablerChartBar,
  IconChecklist as TablerChecklist,
  IconChevronDown as TablerChevronDown,
  IconClock as TablerClock,
  IconEdit as TablerEdit,
  IconInbox as TablerInbox,
  IconLock as TablerLock,
  IconLogin as TablerLogin,
  IconMessages as TablerMessages,
  IconPackage as TablerPackage,
  IconPlus as TablerPlus,
  IconUser as TablerUser,
  IconUsers as TablerUsers,
} from '@tabler/icons-react';
import { decorative } from './icon-base';

// The icons the first screen (login, the central screen, the header) shows, in a module of their
// own: a module goes whole into one chunk, and icons.tsx holds every icon of the app. Calls
// marked pure, so that icons no one uses are left out.
export const IconActivity = /* @__PURE__ */ decorative(TablerActivity);
export const IconAlert = /* @__PURE__ */ decorative(TablerAlert);
export const IconBuilding = /* @__PURE__ */ decorative(TablerBuilding);
export const IconChartBar = /* @__PURE__ */ decorative(TablerChartBar);
export const IconChecklist = /* @__PURE__ */ decorative(TablerChecklist);
export const IconChevronDown = /* @__PURE__ */ decorative(TablerChevronDown);
export const IconClock = /* @__PURE__ */ decorative(TablerClock);
export const IconEdit = /* @__PURE__ */ decorative(TablerEdit);
export const IconInbox = /* @__PURE__ */ decorative(TablerInbox);
export const IconLock = /* @__PURE__ */ decorative(TablerLock);
export const IconLogin = /* @__PURE__ */ decorative(TablerLogin);
export const IconMessages = /* @__PURE__ */ decorative(TablerMessages);
export const IconPackage = /* @__PURE__ */ decorative(TablerPackage);
export const IconPlus = /* @__PURE__ */ decorative(TablerPlus);
export const IconUser = /* @__PURE__ */ decorative(TablerUser);
export const IconUsers = /* @__PURE__ */ decorative(TablerUsers);
