import type { TFunction } from 'i18next';
import { i18n } from '../../i18n';

/** The kinds the «Είδος» filter offers; the API matches every action that starts with `<kind>.`. */
export const AUDIT_KINDS = [
  'auth',
  'ticket',
  'company',
  'contact',
  'staff',
  'package',
  'subscription',
  'task',
  'user',
  'setup',
] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

const ACTION_PATTERN = /^[a-z_]+\.[a-z_]+$/;

/** «Σύνδεση» for `auth.login`; null for an action the locale files do not know yet. */
export function auditActionLabel(t: TFunction, action: string): string | null {
  const key = `audit.actions.${action}`;
  return ACTION_PATTERN.test(action) && i18n.exists(key) ? t(key) : null;
}

/** «Αίτημα» for `ticket`; the raw type when unknown. */
export function auditEntityLabel(t: TFunction, entityType: string): string {
  const key = `audit.entities.${entityType}`;
  return /^[a-z_]+$/.test(entityType) && i18n.exists(key) ? t(key) : entityType;
}
