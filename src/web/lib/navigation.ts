import type { Me } from '../../shared/api/users';

/**
 * Where a user lands after logging in: staff in the queue they work from (the
 * console's launcher stays one click away, «Κονσόλα»), customers on the central screen.
 */
export function homePathFor(me: Pick<Me, 'abilities'>): string {
  return me.abilities.useStaffConsole ? '/staff/tickets' : '/';
}

/**
 * A `?next=` value only if it is a path on this site; anything else (another
 * host, `//evil`, `javascript:`) is dropped so login cannot redirect away.
 */
export function safeNextPath(
  next: string | null,
  origin: string = window.location.origin,
): string | null {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return null;
  }
  try {
    const url = new URL(next, origin);
    if (url.origin !== origin) return null;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return null;
  }
}

/** The login address that brings the user back to `path` afterwards. */
export function loginPathFor(path: string): string {
  return path === '/' ? '/login' : `/login?next=${encodeURIComponent(path)}`;
}
