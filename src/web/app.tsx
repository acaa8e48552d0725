import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { BrowserRouter, useLocation, useRoutes } from 'react-router';
import { createQueryClient } from './api/query-client';
import { ReauthenticationModal } from './components/auth/reauthentication-modal';
import { CrashBoundary } from './components/feedback/crash-boundary';
import { routes } from './router';
import { cssVariablesResolver, theme } from './theme';

/** The page for the current address, behind the crash page should it throw. */
function AppRoutes() {
  const page = useRoutes(routes);
  const { pathname } = useLocation();
  return <CrashBoundary resetKey={pathname}>{page}</CrashBoundary>;
}

/** The providers every page relies on: theme, data, notifications, routes. */
export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="light"
    >
      <QueryClientProvider client={queryClient}>
        <Notifications position="bottom-right" zIndex={1000} />
        <ReauthenticationModal />
        {/* The declarative router: no loaders or actions here, so no data router to download. */}
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  );
}
