import { AppShell, Container } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, useEffect } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useMe } from '../../api/auth';
import { useLiveUpdates } from '../../api/live';
import { applyLocale, currentLocale } from '../../i18n';
import { markFirstScreenShown } from '../../lib/deferred-module';
import { PageLoader } from '../feedback/page-loader';
import { AppHeader, headerMenus } from './app-header';
import { SkipLink } from './skip-link';

/**
 * Rendered with the page once its code is here: other pages than «/» count as the
 * first screen shown then; «/» (the central screen) says so itself once its figures
 * are painted, as its page renders before its data.
 */
function PageShown() {
  const { pathname } = useLocation();
  useEffect(() => {
    if (pathname !== '/') markFirstScreenShown();
  }, [pathname]);
  return null;
}

/** The shell around every page: header, phone drawer, and the page itself. */
export function AppLayout() {
  const me = useMe().data;
  const [drawerOpened, drawer] = useDisclosure(false);
  const { pathname } = useLocation();
  // The drawer comes with the header's menus (loaded after the first screen, or by the burger).
  const menus = headerMenus.useLoaded();
  // Tickets, tasks and hours change on screen as soon as anyone changes them.
  useLiveUpdates(me?.id);

  // A signed-in user's language is the one saved in their account.
  useEffect(() => {
    if (me && me.locale !== currentLocale()) applyLocale(me.locale);
  }, [me]);

  // Following a link from the drawer closes it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation only
  useEffect(() => drawer.close(), [pathname]);

  return (
    <AppShell header={{ height: 64 }} padding={0}>
      <SkipLink />
      <AppShell.Header>
        <AppHeader me={me} drawerOpened={drawerOpened} onToggleDrawer={drawer.toggle} />
      </AppShell.Header>
      {menus && <menus.MobileNav me={me ?? null} opened={drawerOpened} onClose={drawer.close} />}
      <AppShell.Main bg="var(--aitima-page-bg)">
        <Container
          size="lg"
          px={{ base: 'md', sm: 'xl' }}
          py={{ base: 'lg', sm: 40 }}
          id="main-content"
          tabIndex={-1}
        >
          <Suspense fallback={<PageLoader />}>
            <PageShown />
            <Outlet />
          </Suspense>
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
