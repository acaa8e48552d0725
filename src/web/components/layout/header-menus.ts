// What the header loads after the first screen (lib/deferred-module.ts): its menus, the
// phone drawer and the staff's running task pull in Mantine's Menu, Drawer and Tooltip
// with their positioning library, none of which the first screen shows open.
export { RunningTaskIndicator } from '../tasks/running-task-indicator';
export { AccountMenu } from './account-menu';
export { MobileNav } from './mobile-nav';
export { ConsoleMenu, SupportMenu } from './nav-menus';
