/** Request examples for the main operations, by operationId (shown in /api/docs, checked by redocly). */
export const REQUEST_EXAMPLES: Record<string, unknown> = {
  logIn: { email: 'maria@papadopoulos-bakery.gr', password: 'correct horse battery staple' },
  createTicket: {
    subject: 'Δεν έρχονται email από το πρωί',
    description: 'Από τις 9:00 κανείς στο λογιστήριο δεν λαμβάνει μηνύματα.',
    subscriptionId: '6f1c2b1e-8a53-4c1e-9d7a-2f4b5c6d7e8f',
    attachmentIds: [],
  },
  createTicketMessage: {
    body: 'Ελέγξαμε τις εγγραφές MX· δοκιμάστε ξανά τώρα.',
    isInternal: false,
    attachmentIds: [],
  },
  startTicketTask: { description: 'Έλεγχος εγγραφών DNS', isBillable: true },
  createTicketTask: {
    description: 'Ρύθμιση λογαριασμών email σε δύο υπολογιστές',
    startedAt: '2026-03-02T10:00:00+02:00',
    durationMinutes: 45,
    isBillable: true,
  },
  updateTask: { durationMinutes: 30, reason: 'Η εργασία κράτησε μισή ώρα, όχι 45 λεπτά.' },
};

/** Query examples for list operations, by operationId and parameter. */
export const PARAMETER_EXAMPLES: Record<string, Record<string, unknown>> = {
  listTickets: { q: 'email', state: 'open' },
  listTasks: { month: '2026-03' },
};
