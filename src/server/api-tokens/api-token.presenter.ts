import type { ApiTokenScope, ApiTokenView } from '../../shared/api/api-tokens.js';
import type { ApiTokenListRow } from './api-tokens.repository.js';

const fullName = (person: { firstName: string; lastName: string }) =>
  `${person.firstName} ${person.lastName}`.trim();

/** A token as the lists show it: its secret's hash never leaves the server. */
export function presentApiToken(row: ApiTokenListRow): ApiTokenView {
  const { token } = row;
  return {
    id: token.id,
    kind: token.kind,
    name: token.name,
    prefix: token.prefix,
    scopes: token.scopes as ApiTokenScope[],
    actsAs: { id: row.actsAs.id, name: fullName(row.actsAs), email: row.actsAs.email },
    role: token.role ?? row.actsAs.role,
    company: row.company?.id ? { id: row.company.id, name: row.company.name } : null,
    createdBy: row.createdBy ? { id: row.createdBy.id, name: fullName(row.createdBy) } : null,
    createdAt: token.createdAt.toISOString(),
    expiresAt: token.expiresAt.toISOString(),
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    revokedAt: token.revokedAt?.toISOString() ?? null,
  };
}
