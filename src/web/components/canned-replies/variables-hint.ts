/**
 * The values that show the variables' own spelling in «Μεταβλητές: …» (the locale
 * text names them through placeholders, or i18next would fill the braces itself).
 */
export const VARIABLE_NAMES = {
  customerName: '{{customer_name}}',
  ticketNumber: '{{ticket_number}}',
  agentName: '{{agent_name}}',
  interpolation: { escapeValue: false },
};
