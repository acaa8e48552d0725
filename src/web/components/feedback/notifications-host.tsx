import { Notifications } from '@mantine/notifications';

/**
 * Where notifications appear. Loaded after the first screen (app.tsx): a
 * notification shown before then waits in @mantine/notifications' store and
 * appears as soon as this mounts.
 */
export function NotificationsHost() {
  return <Notifications position="bottom-right" zIndex={1000} />;
}
