import type { AppDeps } from './app-deps.js';
import type { Config } from './config/config.js';

/**
 * How sign-in is guarded in production: five free failures per account and
 * source, thirty per address across accounts; then 30 s, 1 min, 2 min… up to the
 * 15-minute window, for that source alone.
 */
export function productionAuthSettings(config: Config): AppDeps['auth'] {
  return {
    sessionDays: config.sessionDays,
    sessionMaxDays: config.sessionMaxDays,
    maxLoginFailures: 5,
    maxAddressFailures: 30,
    loginFailureWindowSeconds: 15 * 60,
    loginFirstDelaySeconds: 30,
  };
}

/** Requests a minute: per address for the API and for sign-in, and per API token. */
export function productionRateLimits(config: Config): AppDeps['rateLimits'] {
  return { apiPerMinute: config.rateLimitPerMinute, loginPerMinute: 10, apiTokenPerMinute: 600 };
}
