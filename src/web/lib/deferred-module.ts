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

// Should no page say it is shown (a visitor's landing page), deferred modules load after this.
const SHOWN_FALLBACK_MS = 3000;
const IDLE_TIMEOUT_MS = 1000;

let markShown: () => void = () => undefined;
const firstScreenShown = new Promise<void>((resolve) => {
  markShown = resolve;
  setTimeout(resolve, SHOWN_FALLBACK_MS);
});

/**
 * Tells deferred modules that the first screen is on screen (the central screen's
 * figures painted, or another page rendered): on a slow phone their downloading and
 * parsing would otherwise compete with the first screen's own code.
 */
export function markFirstScreenShown(): void {
  markShown();
}

/** Loads the module once the first screen is shown and the browser is idle. */
export function useLoadWhenIdle(module: DeferredModule<unknown>): void {
  useEffect(() => {
    let isCancelled = false;
    let cancelIdle = () => {};
    const start = () => void module.load().catch(() => undefined);
    void firstScreenShown.then(() => {
      if (isCancelled) return;
      if ('requestIdleCallback' in window) {
        const handle = window.requestIdleCallback(start, { timeout: IDLE_TIMEOUT_MS });
        cancelIdle = () => window.cancelIdleCallback(handle);
      } else {
        const timer = setTimeout(start, 0);
        cancelIdle = () => clearTimeout(timer);
      }
    });
    return () => {
      isCancelled = true;
      cancelIdle();
    };
  }, [module]);
}
