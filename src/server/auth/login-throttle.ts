/**
 * How failed logins slow guessing down without letting a stranger lock the real
 * user out. Failures are counted per (account, source): a source is the address
 * the attempt came from, or — for a browser that has signed in to that account
 * before — that browser (known-device.ts), which strangers cannot share. Past a
 * few free failures each source waits a delay that doubles with every further
 * failure, up to the window; nothing is ever locked for everyone. A second count
 * per address, across accounts, slows credential stuffing the same way.
 */
export interface LoginThrottleSettings {
  /** Failures one source may make on one account within the window before it must wait. */
  maxLoginFailures: number;
  /** Failures one address may make across all accounts within the window before it must wait. */
  maxAddressFailures: number;
  loginFailureWindowSeconds: number;
  /** The first wait after the free failures; each further failure doubles it, up to the window. */
  loginFirstDelaySeconds: number;
}

export interface FailureStats {
  count: number;
  lastAt: Date | null;
}

/** Seconds the source must still wait before its next attempt (0: it may try now). */
export function secondsToWait(
  stats: FailureStats,
  freeFailures: number,
  settings: Pick<LoginThrottleSettings, 'loginFailureWindowSeconds' | 'loginFirstDelaySeconds'>,
  now: Date,
): number {
  if (stats.count < freeFailures || !stats.lastAt) return 0;
  const delaySeconds = Math.min(
    settings.loginFirstDelaySeconds * 2 ** (stats.count - freeFailures),
    settings.loginFailureWindowSeconds,
  );
  const waitMs = stats.lastAt.getTime() + delaySeconds * 1000 - now.getTime();
  return waitMs > 0 ? Math.ceil(waitMs / 1000) : 0;
}

/** The throttling key of an attempt: the known browser, or else the address. */
export function loginSource(ip: string | null, knownDeviceId: string | undefined): string {
  return knownDeviceId ? `device:${knownDeviceId}` : `ip:${ip ?? 'unknown'}`;
}
