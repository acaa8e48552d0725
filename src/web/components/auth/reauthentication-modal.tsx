import { lazy, Suspense, useEffect, useState } from 'react';
import { setReauthenticationHandler } from '../../api/client';

// The dialog loads the first time it is needed, not with every first visit.
const ReauthenticationDialog = lazy(() => import('./reauthentication-dialog'));

/**
 * When the API refuses a sensitive change for want of a recent login, this asks
 * the person to confirm who they are, and the change is sent again (see
 * apiRequest). Closing the dialog gives the change up.
 */
export function ReauthenticationModal() {
  const [pending, setPending] = useState<((passed: boolean) => void) | null>(null);

  useEffect(() => {
    setReauthenticationHandler(() => new Promise<boolean>((resolve) => setPending(() => resolve)));
    return () => setReauthenticationHandler(undefined);
  }, []);

  if (!pending) return null;
  const done = (passed: boolean) => {
    setPending(null);
    pending(passed);
  };
  return (
    <Suspense fallback={null}>
      <ReauthenticationDialog onDone={done} />
    </Suspense>
  );
}
