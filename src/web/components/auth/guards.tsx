import { Navigate, Outlet, useLocation } from 'react-router';
import type { Me } from '../../../shared/api/users';
import { useMe, useSetupStatus } from '../../api/auth';
import { loginPathFor } from '../../lib/navigation';
import { ForbiddenPage } from '../../pages/forbidden-page';
import { PageLoader } from '../feedback/page-loader';
import { QueryError } from '../feedback/query-error';

export const TWO_FACTOR_SETUP_PATH = '/two-factor-setup';

/** Pages under this route need a session; visitors go to the login page and come back after. */
export function RequireSignedIn() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <PageLoader />;
  if (me.isError) return <QueryError error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) {
    return <Navigate to={loginPathFor(`${location.pathname}${location.search}`)} replace />;
  }
  // Staff required to use a second factor set one up before anything else.
  if (me.data.mustEnrolSecondFactor && location.pathname !== TWO_FACTOR_SETUP_PATH) {
    return <Navigate to={TWO_FACTOR_SETUP_PATH} replace />;
  }
  return <Outlet />;
}

/** Pages under this route need one of Me's abilities; others see a "no access" page. */
export function RequireAbility({ ability }: { ability: keyof Me['abilities'] }) {
  const me = useMe().data;
  return me?.abilities[ability] ? <Outlet /> : <ForbiddenPage />;
}

/** Until the first administrator exists, the home and login pages send people to /setup. */
export function RedirectToSetupWhenNeeded() {
  const setup = useSetupStatus();
  if (setup.isPending) return <PageLoader />;
  if (setup.data?.needsSetup) return <Navigate to="/setup" replace />;
  return <Outlet />;
}
