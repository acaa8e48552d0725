import { MantineProvider } from '@mantine/core';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, useLocation, useRoutes } from 'react-router';
import { ReauthenticationModal } from './components/auth/reauthentication-modal';
import { CrashBoundary } from './components/feedback/crash-boundary';
import { loadAllTexts } from './i18n';
import { deferredModule, useLoadWhenIdle } from './lib/deferred-module';
import { routes } from './router';
import { cssVariablesResolver, theme } from './theme';

// Its transitions and portal are not needed to draw the first screen.
const notificationsHost = deferredModule(() => import('./components/feedback/notifications-host'));

// The texts of the other pages: fetched when the first screen is idle, so the next page is quick.
const allTexts = deferredModule(loadAllTexts);

/** Notifications, once their code has arrived (fetched when the first screen is idle). */
function DeferredNotifications() {
  useLoadWhenIdle(notificationsHost);
  useLoadWhenIdle(allTexts);
  const host = notificationsHost.useLoaded();
  return host ? <host.NotificationsHost /> : null;
}

/** The page for the current address, behind the crash page should it throw. */
function AppRoutes() {
  const page = useRoutes(routes);
  const { pathname } = useLocation();
  return <CrashBoundary resetKey={pathname}>{page}</CrashBoundary>;
}

/** The providers every page relies on: theme, data, notifications, routes. */
export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="light"
    >
      <QueryClientProvider client={queryClient}>
        <DeferredNotifications />
        <ReauthenticationModal />
        {/* The declarative router: no loaders or actions here, so no data router to download. */}
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  );
}
