import { z } from 'zod';

/** A colleague on a ticket, or one who could be added: a person of the ticket's company. */
export const colleagueSchema = z.object({ id: z.uuid(), name: z.string() });
export type Colleague = z.infer<typeof colleagueSchema>;

/** «Συμμετέχοντες»: who besides the requester sees the ticket and gets its emails. */
export const participantListSchema = z.object({
  items: z.array(colleagueSchema),
  /** The reader may add and remove colleagues (staff, the requester, a company_admin). */
  canManage: z.boolean(),
});
export type ParticipantList = z.infer<typeof participantListSchema>;

/** The company's active people who are not on the ticket yet (neither requester nor colleague). */
export const colleagueCandidateListSchema = z.object({ items: z.array(colleagueSchema) });
export type ColleagueCandidateList = z.infer<typeof colleagueCandidateListSchema>;

export const addParticipantRequestSchema = z.object({ userId: z.uuid() });
export type AddParticipantRequest = z.infer<typeof addParticipantRequestSchema>;

export const participantParamsSchema = z.object({
  number: z.coerce.number().int().min(1).max(2_147_483_647),
  userId: z.uuid(),
});
