import { useEffect, useSyncExternalStore } from 'react';

/** A module the first screen does not need, fetched once the page is idle or someone reaches for it. */
export interface DeferredModule<T> {
  /** Starts the download (once; again after a failure) and resolves with the module. */
  load: () => Promise<T>;
  /** The module once it has arrived, undefined until then; re-renders when it arrives. */
  useLoaded: () => T | undefined;
}

/**
 * Wraps a dynamic import so that parts of the shell (header menus, the phone
 * drawer, notifications) stay out of the first download: the page shows a
 * stand-in until the module arrives, and `useLoadWhenIdle` fetches it after the
 * first screen is up.
 */
export function deferredModule<T>(importModule: () => Promise<T>): DeferredModule<T> {
  let loaded: T | undefined;
  let loading: Promise<T> | undefined;
  const listeners = new Set<() => void>();
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const load = () => {
    loading ??= importModule().then(
      (module) => {
        loaded = module;
        for (const listener of listeners) listener();
        return module;
      },
      (error: unknown) => {
        // A failed download (a deploy replaced the chunk, the network dropped) may be retried.
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  return {
    load,
    useLoaded: () =>
      useSyncExternalStore(
        subscribe,
        () => loaded,
        () => loaded,
      ),
  };
}

// Long enough for the first screen's data and figures to go first on a slow phone.
const IDLE_TIMEOUT_MS = 2000;

/** Loads the module once the browser is idle after this component mounted. */
export function useLoadWhenIdle(module: DeferredModule<unknown>): void {
  useEffect(() => {
    const start = () => void module.load().catch(() => undefined);
    if ('requestIdleCallback' in window) {
      const handle = window.requestIdleCallback(start, { timeout: IDLE_TIMEOUT_MS });
      return () => window.cancelIdleCallback(handle);
    }
    const timer = setTimeout(start, IDLE_TIMEOUT_MS);
    return () => clearTimeout(timer);
  }, [module]);
}
