import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config/config.js';

export const DEVICE_COOKIE = 'aitima_device';
/** Accounts one browser remembers signing in to (a shared office computer has a few). */
const MAX_ACCOUNTS = 10;
const YEAR_SECONDS = 365 * 24 * 60 * 60;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A browser that has signed in before: its random id and the accounts it signed
 * in to. The cookie is signed with the session secret, so nobody can claim to be
 * a known device of an account they never signed in to.
 */
export interface KnownDevice {
  id: string;
  userIds: string[];
}

/** The browser's device cookie, if present and its signature holds. */
export function readKnownDevice(request: FastifyRequest): KnownDevice | undefined {
  const raw = request.cookies[DEVICE_COOKIE];
  if (!raw) return undefined;
  const unsigned = request.unsignCookie(raw);
  if (!unsigned.valid || !unsigned.value) return undefined;
  const [id, users = ''] = unsigned.value.split('|');
  if (!id || !/^[\w-]{16,64}$/.test(id)) return undefined;
  return { id, userIds: users.split(',').filter((userId) => UUID.test(userId)) };
}

/** The device id to throttle by, when this browser has signed in to this account before. */
export function knownDeviceIdFor(device: KnownDevice | undefined, userId: string | undefined) {
  return device && userId && device.userIds.includes(userId) ? device.id : undefined;
}

/** Remembers (for a year) that this browser signed in to this account. */
export function rememberDevice(
  reply: FastifyReply,
  device: KnownDevice | undefined,
  userId: string,
  config: Config,
): void {
  const id = device?.id ?? randomBytes(16).toString('base64url');
  const userIds = [userId, ...(device?.userIds ?? []).filter((known) => known !== userId)].slice(
    0,
    MAX_ACCOUNTS,
  );
  reply.setCookie(DEVICE_COOKIE, `${id}|${userIds.join(',')}`, {
    path: '/api/auth',
    httpOnly: true,
    sameSite: 'lax',
    secure: config.isHttps,
    signed: true,
    maxAge: YEAR_SECONDS,
  });
}
