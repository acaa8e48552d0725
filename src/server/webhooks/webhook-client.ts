import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { rootCertificates } from 'node:tls';
import { isPublicAddress } from './address-guard.js';

/** What a POST to an endpoint gave: an HTTP answer, or an error before one came. */
export type PostResult =
  | { kind: 'response'; statusCode: number; responseMs: number; excerpt: string }
  | { kind: 'error'; code: PostErrorCode; message: string; responseMs: number };

/**
 * Why no answer came: `address_not_allowed` (a private or loopback address the
 * admin did not allow) and `bad_url` are final; the others may pass on a retry.
 */
export type PostErrorCode = 'address_not_allowed' | 'bad_url' | 'timeout' | 'network';

export interface WebhookClientSettings {
  /** Extra certificate authorities to trust besides the system's (WEBHOOK_CA_FILE). */
  extraCa?: string;
  /** The whole attempt, from lookup to the last byte read. */
  timeoutMs: number;
}

const EXCERPT_CHARS = 500;
/** Read at most this much of an answer: enough for the excerpt, never a large download. */
const MAX_READ_BYTES = 16 * 1024;

class AddressNotAllowedError extends Error {
  readonly code = 'address_not_allowed';
}

/**
 * A DNS lookup that answers only with addresses the endpoint may reach, checked
 * here, so that the socket connects to the very address that was checked (a
 * second lookup by the connection could be answered differently: DNS rebinding).
 */
function guardedLookup(allowPrivateNetwork: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { all: true, family: options.family }, (error, found) => {
      if (error) return callback(error, '', 0);
      const addresses = found as LookupAddress[];
      const refused = addresses.find((entry) => !isPublicAddress(entry.address));
      // One private address among public ones refuses the host: an attacker controls the order.
      if (addresses.length === 0 || (refused && !allowPrivateNetwork)) {
        return callback(
          new AddressNotAllowedError(
            `${hostname} resolves to ${refused?.address ?? 'nothing'}, which webhooks may not reach`,
          ),
          '',
          0,
        );
      }
      const chosen = addresses[0]!;
      if (options.all) return callback(null, [chosen]);
      return callback(null, chosen.address, chosen.family);
    });
  };
}

/**
 * POSTs a signed webhook over HTTPS: certificate checked (system CAs plus the
 * configured ones, never switched off), every resolved address checked, no
 * redirect followed (a 3xx is an answer like any other), one deadline for the
 * whole attempt.
 */
export function postWebhook(
  settings: WebhookClientSettings,
  target: { url: string; allowPrivateNetwork: boolean },
  headers: Record<string, string>,
  body: string,
): Promise<PostResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let url: URL;
  try {
    url = new URL(target.url);
  } catch {
    return Promise.resolve({ kind: 'error', code: 'bad_url', message: 'Not a URL', responseMs: 0 });
  }
  if (url.protocol !== 'https:') {
    return Promise.resolve({
      kind: 'error',
      code: 'bad_url',
      message: 'Only https:// URLs are delivered to',
      responseMs: 0,
    });
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // A literal address is connected to without a lookup: check it here.
  if (isIP(host) !== 0 && !target.allowPrivateNetwork && !isPublicAddress(host)) {
    return Promise.resolve({
      kind: 'error',
      code: 'address_not_allowed',
      message: `${host} is an address webhooks may not reach`,
      responseMs: 0,
    });
  }

  return new Promise((resolve) => {
    let isSettled = false;
    const settle = (result: PostResult) => {
      if (isSettled) return;
      isSettled = true;
      clearTimeout(deadline);
      resolve(result);
    };
    const outgoing = request(
      {
        host,
        port: url.port || 443,
        path: `${url.pathname}${url.search}`,
        method: 'POST',
        servername: isIP(host) === 0 ? host : undefined,
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'user-agent': 'Aitima-Webhooks/1',
        },
        lookup: guardedLookup(target.allowPrivateNetwork),
        ca: settings.extraCa ? [...rootCertificates, settings.extraCa] : undefined,
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        let read = 0;
        const finish = () =>
          settle({
            kind: 'response',
            statusCode: response.statusCode ?? 0,
            responseMs: elapsed(),
            excerpt: Buffer.concat(chunks).toString('utf8').slice(0, EXCERPT_CHARS),
          });
        response.on('data', (chunk: Buffer) => {
          if (read < MAX_READ_BYTES) chunks.push(chunk.subarray(0, MAX_READ_BYTES - read));
          read += chunk.length;
          if (read >= MAX_READ_BYTES) {
            finish();
            response.destroy();
          }
        });
        response.on('end', finish);
        response.on('error', finish);
      },
    );
    const deadline = setTimeout(() => {
      outgoing.destroy();
      settle({
        kind: 'error',
        code: 'timeout',
        message: `No answer within ${settings.timeoutMs} ms`,
        responseMs: elapsed(),
      });
    }, settings.timeoutMs);
    outgoing.on('error', (error: Error & { code?: string }) => {
      const isRefused =
        error instanceof AddressNotAllowedError || error.code === 'address_not_allowed';
      settle({
        kind: 'error',
        code: isRefused ? 'address_not_allowed' : 'network',
        message: error.message.slice(0, 500),
        responseMs: elapsed(),
      });
    });
    outgoing.end(body);
  });
}
