import { forbidden, notFound } from '../http/errors.js';
import type { Actor } from './actor.js';
import { isCustomerOf, isStaff } from './actor.js';

/**
 * What a policy answers: `allow`; `forbid` (the actor may know the thing exists,
 * so 403); `hide` (the actor may not even know it exists, so 404).
 */
export type Verdict = 'allow' | 'forbid' | 'hide';

/** Every action the server checks, with the subject each one is about. */
export interface Subjects {
  'staff-console.use': null;
  'staff.manage': null;
  'company.list': null;
  'company.view': { id: string };
  'company.update': { id: string };
  'company.manage-contacts': { id: string };
  'ticket.submit': null;
}
export type Action = keyof Subjects;

const verdict = (allowed: boolean, otherwise: Exclude<Verdict, 'allow'> = 'forbid'): Verdict =>
  allowed ? 'allow' : otherwise;

/** Within one's own company a customer may look; outside it, nothing exists. */
function companyScoped(actor: Actor, companyId: string, allowedForCustomer: boolean): Verdict {
  if (isStaff(actor)) return 'allow';
  if (!isCustomerOf(actor, companyId)) return 'hide';
  return verdict(allowedForCustomer);
}

const policies: { [A in Action]: (actor: Actor, subject: Subjects[A]) => Verdict } = {
  'staff-console.use': (actor) => verdict(isStaff(actor)),
  'staff.manage': (actor) => verdict(actor.role === 'admin'),
  'company.list': (actor) => verdict(isStaff(actor)),
  'company.view': (actor, company) => companyScoped(actor, company.id, true),
  'company.update': (actor, company) =>
    companyScoped(actor, company.id, actor.role === 'company_admin'),
  'company.manage-contacts': (actor, company) =>
    companyScoped(actor, company.id, actor.role === 'company_admin'),
  'ticket.submit': (actor) => verdict(!isStaff(actor)),
};

/** Answers "may this actor do this to that?" without throwing. */
export function can<A extends Action>(actor: Actor, action: A, subject: Subjects[A]): boolean {
  return policies[action](actor, subject) === 'allow';
}

/** The one gate every route passes: throws 404 or 403 unless the policy allows. */
export function authorize<A extends Action>(actor: Actor, action: A, subject: Subjects[A]): void {
  const answer = policies[action](actor, subject);
  if (answer === 'hide') throw notFound();
  if (answer === 'forbid') throw forbidden();
}
