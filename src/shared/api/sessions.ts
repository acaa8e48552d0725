import { z } from 'zod';

export const DEVICE_TYPES = ['desktop', 'mobile', 'tablet', 'unknown'] as const;
export type DeviceType = (typeof DEVICE_TYPES)[number];

/** One place where the user is signed in, as «Συνδεδεμένες συσκευές» shows it. */
export const sessionSchema = z.object({
  id: z.string(),
  /** The session of this very request. */
  isCurrent: z.boolean(),
  /** "Chrome 120", or null when the browser did not say. */
  browser: z.string().nullable(),
  /** "Windows 10", "iOS 17.1", or null. */
  os: z.string().nullable(),
  deviceType: z.enum(DEVICE_TYPES),
  ip: z.string().nullable(),
  createdAt: z.iso.datetime(),
  /** To within an hour: a session records its use when it is extended, hourly at most. */
  lastSeenAt: z.iso.datetime(),
});
export type SessionView = z.infer<typeof sessionSchema>;

export const sessionListSchema = z.object({ items: z.array(sessionSchema) });
export type SessionList = z.infer<typeof sessionListSchema>;

/** A session's id is the SHA-256 of its cookie's token, in hex (never the token itself). */
export const sessionIdParamsSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{64}$/, 'invalid_format'),
});

export const endedSessionsSchema = z.object({ ended: z.number() });
