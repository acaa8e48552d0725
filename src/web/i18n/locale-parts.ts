/**
 * The translations are split in two at build time (scripts/vite/locale-parts-plugin.ts),
 * from the one el.json / en.json people edit: the first screen's texts (login, the
 * central screen, the shell around them), downloaded before the first render, and the
 * rest, downloaded once the first screen is up or before any other page shows.
 */

/** A locale file's tree: sections of keys, nested. */
export type LocaleTree = { [key: string]: string | LocaleTree };

/**
 * Sections (or subtrees, dotted) the first screen reads. locale-parts.test.ts checks
 * that every key the first screen's code names is covered: add a section here when a
 * first-screen component starts using it.
 */
export const FIRST_SCREEN_KEYS = [
  'app',
  'common',
  'crash',
  'forbidden',
  'language',
  // The header's own labels; its menus' entries come with the menus.
  'nav.openMenu',
  'nav.mainNavigation',
  'nav.support',
  'nav.console',
  'nav.account',
  'nav.login',
  'nav.submitRequest',
  'nav.skipToContent',
  'login',
  'twoFactor.login.title',
  'twoFactor.login.subtitle',
  // The customer's central screen; staff read a company's dashboard on a page of their own.
  'dashboard.title',
  'dashboard.greeting',
  'dashboard.company',
  'dashboard.contacts',
  'dashboard.package',
  'dashboard.recent',
  'dashboard.pastTasks',
  'dashboard.active',
  'dashboard.loadFailed',
  'dashboard.usage',
  'glance.usage',
  'dashboard.corrections',
  'estimates.overageCharge',
  'hours',
  'people',
  'company.fields',
  'problem',
  // Only the problems the sign-in and the central screen can meet; other screens wait for
  // the rest of the texts before they show (lazyPage), so their problems are there in time.
  'errors.bad_request',
  'errors.malformed_json',
  'errors.validation_failed',
  'errors.unauthenticated',
  'errors.invalid_credentials',
  'errors.account_inactive',
  'errors.forbidden',
  'errors.csrf_origin_mismatch',
  'errors.not_found',
  'errors.too_many_requests',
  'errors.too_many_login_attempts',
  'errors.internal',
  'errors.unavailable',
  'errors.server_busy',
  // The sign-in form's field rules; other forms are on screens that wait for all texts.
  'validation.required',
  'validation.invalid_email',
  'validation.too_short',
  'validation.too_long',
  'validation.invalid_value',
  'validation.invalid_character',
  'validationWithoutLimit',
  'contacts.you',
  'contacts.loadFailed',
  'contacts.roles',
  'staffUsers.roles',
  'tickets.status',
  'tickets.statusForStaff',
  'tickets.priority',
  // The recent requests' table and cards; the list page's own texts (tabs, search, pages) wait.
  'tickets.list.columns',
  'tickets.list.timeSpentHint',
  'tickets.list.noPackage',
  'tickets.list.unassigned',
  'tickets.list.loadFailed',
  'tickets.list.needsPackage',
  'tickets.list.needsPackageHint',
  'tickets.list.news',
  'tickets.list.newsHint',
  'tasks.charging',
  'tasks.row',
  'packages.increment',
  'packages.hoursPer',
] as const;

export type LocalePart = 'first' | 'rest';

/** True when `path` (dotted) is one of `keys`, one's plural form (`_one`, `_other`), or inside one. */
function isCovered(path: string, keys: readonly string[]): boolean {
  return keys.some(
    (key) => path === key || path.startsWith(`${key}.`) || path.startsWith(`${key}_`),
  );
}

/** True when some of `keys` lie inside `path`: the subtree must be split further. */
function holdsCovered(path: string, keys: readonly string[]): boolean {
  return keys.some((key) => key.startsWith(`${path}.`));
}

/** One part of a locale tree: the keys under FIRST_SCREEN_KEYS, or all the others. */
export function pickLocalePart(
  tree: LocaleTree,
  part: LocalePart,
  keys: readonly string[] = FIRST_SCREEN_KEYS,
  prefix = '',
): LocaleTree {
  const picked: LocaleTree = {};
  for (const [name, value] of Object.entries(tree)) {
    const path = `${prefix}${name}`;
    if (isCovered(path, keys)) {
      if (part === 'first') picked[name] = value;
    } else if (typeof value !== 'string' && holdsCovered(path, keys)) {
      const subtree = pickLocalePart(value, part, keys, `${path}.`);
      if (Object.keys(subtree).length > 0) picked[name] = subtree;
    } else if (part === 'rest') {
      picked[name] = value;
    }
  }
  return picked;
}
