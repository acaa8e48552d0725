/**
 * Readable, unique operationIds derived from method and path, so that every route,
 * including routes added later, gets one without anyone writing it: `GET /api/tickets`
 * is `listTickets`, `POST /api/tickets/{number}/messages` is `createTicketMessage`,
 * `POST /api/tickets/{number}/close` is `closeTicket`. A route may still name itself
 * (`schema.operationId`), and the few paths the rule words badly are named below.
 */

/** Last path segments that are an action on the resource before them, not a sub-resource. */
const ACTION_VERBS = new Set([
  'accept',
  'archive',
  'attach',
  'cancel',
  'check',
  'close',
  'confirm',
  'disable',
  'enable',
  'login',
  'logout',
  'poll',
  'read',
  'redeliver',
  'regenerate',
  'reject',
  'reopen',
  'resolve',
  'restore',
  'retry',
  'revoke',
  'rotate',
  'send',
  'start',
  'stop',
  'test',
  'verify',
]);

/** Where the rule reads badly; keyed by `METHOD /path` as in the document. */
const NAMED: Record<string, string> = {
  'GET /api/me': 'getMe',
  'PATCH /api/me': 'updateMe',
  'POST /api/me/password': 'changeMyPassword',
  'POST /api/me/sessions/end-others': 'endMyOtherSessions',
  'POST /api/setup': 'completeSetup',
  'POST /api/auth/password-reset': 'requestPasswordReset',
  'GET /api/audit': 'listAuditEntries',
  'GET /api/audit.csv': 'exportAuditEntriesCsv',
  'GET /api/live': 'streamLiveEvents',
  'GET /api/ledger': 'listLedgerEntries',
  'GET /api/ledger.csv': 'exportLedgerEntriesCsv',
  'GET /api/ledger/{id}': 'getLedgerEntry',
  'POST /api/tickets/{number}/read': 'markTicketRead',
  'GET /api/uploads/limits': 'getUploadLimits',
  'POST /api/uploads': 'uploadFile',
  'GET /api/attachments/{id}': 'downloadAttachment',
  'GET /api/me/notifications': 'getMyNotificationPreferences',
  'PATCH /api/me/notifications': 'updateMyNotificationPreferences',
};

const pascal = (word: string) =>
  word
    .split(/[-_.]/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');

/** companies → company, inbound-emails → inbound-email; a word not in the plural stays. */
function singular(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(ss|ch|sh|x)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

const isParam = (segment: string) => segment.startsWith('{');

/** The operationId of a route, from its method and OpenAPI path (`/api/tickets/{number}`). */
export function operationIdFor(method: string, path: string): string {
  const upper = method.toUpperCase();
  const named = NAMED[`${upper} ${path}`];
  if (named) return named;
  // `auth` and `api` say nothing about what an operation does.
  const segments = path.split('/').filter((s) => s && s !== 'api' && s !== 'auth');
  // `me` reads as "my": listMySessions, getMyRunningTask.
  const words = segments.map((s) => (s === 'me' ? 'my' : s));
  const last = words.at(-1) ?? '';
  const statics = words.filter((s) => !isParam(s));
  const nouns = (list: string[]) => list.map((word) => pascal(singular(word))).join('');

  const extension = /^(.*)\.(\w+)$/.exec(last);
  if (extension) {
    // GET /api/tasks.csv → exportTasksCsv
    return `export${nouns(statics.slice(0, -1))}${pascal(extension[1]!)}${pascal(extension[2]!)}`;
  }
  if (ACTION_VERBS.has(last) && upper !== 'GET') {
    const verb = last === 'login' ? 'logIn' : last === 'logout' ? 'logOut' : last;
    return `${verb}${nouns(statics.slice(0, -1))}`;
  }
  const endsWithParam = isParam(last);
  const isPlural = singular(last) !== last;
  switch (upper) {
    case 'GET':
      if (!endsWithParam && isPlural) return `list${nouns(statics.slice(0, -1))}${pascal(last)}`;
      return `get${nouns(statics)}`;
    case 'POST':
      return `create${nouns(statics)}`;
    case 'PUT':
    case 'PATCH':
      return `update${nouns(statics)}`;
    case 'DELETE':
      return `delete${nouns(statics)}`;
    default:
      return `${upper.toLowerCase()}${nouns(statics)}`;
  }
}
