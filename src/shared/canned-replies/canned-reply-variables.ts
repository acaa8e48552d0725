/** The variables a canned reply may name, as {{name}} in its body. */
export const CANNED_REPLY_VARIABLES = ['customer_name', 'ticket_number', 'agent_name'] as const;
export type CannedReplyVariable = (typeof CANNED_REPLY_VARIABLES)[number];

/**
 * The body with each known {{variable}} (spaces inside the braces allowed) replaced
 * by its value; anything else in braces is left as written, so a typo shows in the
 * reply box instead of vanishing.
 */
export function fillCannedReply(body: string, values: Record<CannedReplyVariable, string>): string {
  return body.replace(/\{\{\s*([a-z_]+)\s*\}\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? values[name as CannedReplyVariable] : whole,
  );
}
