import type { CannedReply } from '../../shared/api/canned-replies.js';
import type { Actor } from '../policies/actor.js';
import { can } from '../policies/authorize.js';
import type { CannedReplyRow } from './canned-replies.repository.js';

/** A canned reply as staff see it, with whether the reader may change it. */
export function presentCannedReply(row: CannedReplyRow, actor: Actor): CannedReply {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    language: row.language,
    isShared: row.ownerId === null,
    canEdit: can(actor, 'canned-reply.manage', row),
    updatedAt: row.updatedAt.toISOString(),
  };
}
