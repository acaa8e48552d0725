import type { ApiClient } from './api-client.js';

/** Opens a ticket through the API as a customer and returns its number. */
export async function openTicketAs(
  client: ApiClient,
  values: {
    subject?: string;
    description?: string;
    subscriptionId?: string;
    attachmentIds?: string[];
  } = {},
): Promise<number> {
  const response = await client.post('/api/tickets', {
    subject: values.subject ?? 'Δεν λειτουργεί το email',
    description: values.description ?? 'Από το πρωί δεν έρχονται μηνύματα.',
    ...(values.subscriptionId ? { subscriptionId: values.subscriptionId } : {}),
    attachmentIds: values.attachmentIds ?? [],
  });
  if (response.statusCode !== 201)
    throw new Error(`open ticket failed: ${response.statusCode} ${response.body}`);
  return response.json().number;
}
