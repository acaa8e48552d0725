import type { z } from 'zod';
import type {
  SavedView,
  savedViewChangeSchema,
  savedViewInputSchema,
} from '../../shared/api/saved-views.js';
import type { Database } from '../db/database.js';
import { notFound } from '../http/errors.js';
import type { Actor } from '../policies/actor.js';
import { authorize } from '../policies/authorize.js';
import {
  deleteSavedViewOf,
  insertSavedView,
  listSavedViewsOf,
  type SavedViewRow,
  updateSavedViewOf,
} from './saved-views.repository.js';

/** Only what the person saved: never whose it is (it is always the reader's). */
const present = (row: SavedViewRow): SavedView => ({
  id: row.id,
  name: row.name,
  query: row.query,
});

/** The actor's own saved views of the queue; every statement is scoped to them. */
export async function listSavedViews(db: Database, actor: Actor): Promise<SavedView[]> {
  authorize(actor, 'saved-view.manage', null);
  return (await listSavedViewsOf(db, actor.userId)).map(present);
}

export async function createSavedView(
  db: Database,
  actor: Actor,
  input: z.output<typeof savedViewInputSchema>,
): Promise<SavedView> {
  authorize(actor, 'saved-view.manage', null);
  return present(await insertSavedView(db, { ...input, userId: actor.userId }));
}

/** Renames a view or saves new filters in it; another person's view does not exist (404). */
export async function changeSavedView(
  db: Database,
  actor: Actor,
  id: string,
  change: z.output<typeof savedViewChangeSchema>,
): Promise<SavedView> {
  authorize(actor, 'saved-view.manage', null);
  const row = await updateSavedViewOf(db, actor.userId, id, change);
  if (!row) throw notFound();
  return present(row);
}

export async function removeSavedView(db: Database, actor: Actor, id: string): Promise<void> {
  authorize(actor, 'saved-view.manage', null);
  if (!(await deleteSavedViewOf(db, actor.userId, id))) throw notFound();
}
