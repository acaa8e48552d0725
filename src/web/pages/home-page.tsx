import { lazy } from 'react';
import { Navigate } from 'react-router';
import { useMe } from '../api/auth';
import { PageLoader } from '../components/feedback/page-loader';
import { QueryError } from '../components/feedback/query-error';
import { lazyPage } from '../lib/lazy-page';

const LandingPage = lazyPage(() => import('./landing-page'));
const loadDashboardPage = () => import('./dashboard-page');
const DashboardPage = lazy(loadDashboardPage);

// Most who reach «/» are customers: fetch the central screen while /api/me is still on its way.
void loadDashboardPage();

/** «/»: the landing page for visitors, the central screen for customers, the console for staff. */
export default function HomePage() {
  const me = useMe();
  if (me.isPending) return <PageLoader />;
  if (me.isError) return <QueryError error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <LandingPage />;
  if (me.data.abilities.useStaffConsole) return <Navigate to="/staff" replace />;
  return <DashboardPage me={me.data} />;
}
