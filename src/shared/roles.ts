/** Roles, as DESIGN.md names them. Staff work for the support company; the rest are customers. */
export const ROLES = ['admin', 'agent', 'company_admin', 'member'] as const;
export type Role = (typeof ROLES)[number];

export const STAFF_ROLES = ['admin', 'agent'] as const satisfies readonly Role[];
export const CUSTOMER_ROLES = ['company_admin', 'member'] as const satisfies readonly Role[];
export type StaffRole = (typeof STAFF_ROLES)[number];
export type CustomerRole = (typeof CUSTOMER_ROLES)[number];

/** True for the support company's own people. */
export function isStaffRole(role: Role): role is StaffRole {
  return role === 'admin' || role === 'agent';
}

export const LOCALES = ['el', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
