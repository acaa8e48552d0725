import { z } from 'zod';

/** A saved view as an agent names it: the queue's filters as its address's query string. */
export const savedViewInputSchema = z.object({
  name: z.string().trim().min(1, 'required').max(80, 'too_long'),
  /** The list's query string without «?», e.g. `state=open&priority=high`. */
  query: z
    .string()
    .trim()
    .max(2000, 'too_long')
    .refine((value) => !value.startsWith('?') && !/[\s#]/.test(value), 'invalid_value'),
});
export type SavedViewInput = z.input<typeof savedViewInputSchema>;

/** A rename, new filters, or both; an empty change is refused (it names `name`). */
export const savedViewChangeSchema = savedViewInputSchema
  .partial()
  .refine((change) => change.name !== undefined || change.query !== undefined, {
    message: 'required',
    path: ['name'],
  });

export const savedViewIdParamsSchema = z.object({ id: z.uuid('invalid_value') });

export const savedViewSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  query: z.string(),
});
export type SavedView = z.infer<typeof savedViewSchema>;

export const savedViewListSchema = z.object({ items: z.array(savedViewSchema) });
