import { isIP } from 'node:net';
import { z } from 'zod';

/** Which proxies' X-Forwarded-For/-Proto/-Host the server believes (Fastify's trustProxy). */
export type TrustProxy = boolean | number | string[];

// proxy-addr's names for address ranges, as Fastify accepts them.
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** An address, a CIDR range (10.0.0.0/8, fd00::/8) or one of proxy-addr's names. */
function isProxyAddress(value: string): boolean {
  if (NAMED_RANGES.has(value)) return true;
  const [address = '', prefix, ...rest] = value.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d+$/.test(prefix) && bits <= (version === 4 ? 32 : 128);
}

/**
 * TRUST_PROXY: `false` (the default: the client is whoever connects), `true` (any proxy in
 * front: only when nothing but the proxy can reach the server), a number of proxies in
 * front, or a comma-separated list of the proxies' addresses or ranges. Anything else is a
 * start-up error, so that a typo never silently trusts (or distrusts) forwarded addresses.
 */
export const trustProxyFromEnv = z
  .string()
  .trim()
  .transform((value, context): TrustProxy => {
    if (value === 'true' || value === 'false') return value === 'true';
    if (/^\d+$/.test(value)) {
      const hops = Number(value);
      if (hops >= 1 && hops <= 10) return hops;
    }
    const addresses = value.split(',').map((item) => item.trim());
    if (addresses.length > 0 && addresses.every(isProxyAddress)) return addresses;
    context.addIssue({
      code: 'custom',
      message:
        'must be true, false, a number of proxies (1 to 10), or proxy addresses like 127.0.0.1,10.0.0.0/8',
    });
    return z.NEVER;
  });
