import { forbidden, notFound } from '../http/errors.js';
import type { Actor } from './actor.js';
import { isCustomerOf, isStaff } from './actor.js';

/**
 * What a policy answers: `allow`; `forbid` (the actor may know the thing exists,
 * so 403); `hide` (the actor may not even know it exists, so 404).
 */
export type Verdict = 'allow' | 'forbid' | 'hide';

/** What the policies need to know of a ticket. */
export interface TicketSubject {
  companyId: string;
  requesterId: string;
  /**
   * Colleagues added to the ticket (ticket_participants), who see it as its
   * requester does. Left out where not loaded: then only the requester counts.
   */
  participantIds?: readonly string[];
}

/** What the policies need to know of a ledger line: whose ticket it is on (null: none). */
export interface LedgerEntrySubject {
  companyId: string;
  requesterId: string | null;
}

/** Every action the server checks, with the subject each one is about. */
export interface Subjects {
  'staff-console.use': null;
  'staff.manage': null;
  'company.list': null;
  'company.create': null;
  'company.archive': null;
  'audit.view': null;
  /** The email outbox: see every email, retry failed ones, read them as .eml. */
  'email.manage': null;
  /** Connect support mailboxes (IMAP), and retry incoming mails that failed. */
  'mailbox.manage': null;
  /** Single sign-on for staff: the company's OpenID Connect provider. */
  'sso.manage': null;
  /** Register webhook endpoints, read their secrets and delivery logs, redeliver: admins. */
  'webhook.manage': null;
  /** «Εισερχόμενα προς έλεγχο»: attach held incoming mails to a contact, or reject them. */
  'inbound.review': null;
  'company.view': { id: string };
  'company.update': { id: string };
  'company.manage-contacts': { id: string };
  'ticket.submit': null;
  /** Open a ticket for a contact of a company (a phone call, an email): staff. */
  'ticket.submit-for': { id: string };
  'package.list': null;
  /** Targets met and breached (a company's breaches, a package's monthly figure): staff. */
  'targets.view': null;
  'package.manage': null;
  'subscription.manage': null;
  'ticket.view': TicketSubject;
  'ticket.reply': TicketSubject;
  'ticket.add-internal-note': TicketSubject;
  'ticket.manage': TicketSubject;
  /** See a ticket's tasks: whoever may see the ticket. */
  'task.view': TicketSubject;
  /** Start, stop, add, edit, delete tasks on a ticket: staff only. */
  'task.log': TicketSubject;
  /** A company's central screen: hours, tasks, usage. */
  'dashboard.view': { id: string };
  /** Hear (on /api/live) that a company's tickets, tasks or packages changed. */
  'live.receive': { id: string };
  /** «Κίνηση ωρών» of a company (a member: the lines of the tickets they opened). */
  'ledger.view': { id: string };
  /** One ledger line. */
  'ledger.view-entry': LedgerEntrySubject;
  /** Add or remove hours by hand, with a reason: staff. */
  'ledger.adjust': { id: string };
  /** «Αμφισβήτηση» of a line: a company_admin of its company. */
  'ledger.dispute': LedgerEntrySubject;
  /** Write in a dispute's thread: staff, and the company's company_admins. */
  'dispute.reply': LedgerEntrySubject;
  /** Correct or explain a disputed line: staff. */
  'dispute.resolve': LedgerEntrySubject;
  /** The queue of disputes of every company: staff. */
  'dispute.queue': null;
  /** A company's statements: they list every ticket's charge, so company_admins and staff. */
  'statement.view': { id: string };
  /** Create, list and revoke service tokens (API keys for a company or for staff work). */
  'api-token.manage-service': null;
  /** Clear a person's second factors (a lost phone): admins. */
  'two-factor.reset': null;
  /** Account security settings, e.g. a second factor required of staff: admins. */
  'security-settings.manage': null;
  /** Read and insert «Έτοιμες απαντήσεις» (shared ones and one's own): staff. */
  'canned-reply.use': null;
  /** Write or delete one: its owner; a shared one (owner null): admins. */
  'canned-reply.manage': CannedReplySubject;
  /** Keep one's own saved views of the queue: staff. */
  'saved-view.manage': null;
  /** «Πώς τα πήγαμε;» on a closed ticket: its requester or a company_admin; never staff. */
  'ticket.rate': TicketSubject;
  /** The monthly ratings per company and per agent: staff. */
  'rating.report': null;
  /** Add or remove colleagues on a ticket: staff, the requester, the company's company_admins. */
  'ticket.manage-participants': TicketSubject;
  /** A company's prepaid blocks and its requests for more: staff, and the company's members. */
  'hour-block.view': { id: string };
  /** «Αγορά επιπλέον ωρών»: a company_admin asks for a block of the catalogue. */
  'hour-block.buy': { id: string };
  /** Add a block directly, confirm or decline a request: staff. */
  'hour-block.manage': { id: string };
  /** The catalogue of blocks: everyone signed in reads the active ones. */
  'hour-block-offer.list': null;
  /** Add, edit or retire blocks of the catalogue: admins, like packages. */
  'hour-block-offer.manage': null;
  /** A ticket's estimates: whoever may see the ticket. */
  'estimate.view': TicketSubject;
  /** Add or withdraw an estimate: staff. */
  'estimate.manage': TicketSubject;
  /** Approve or decline one: the requester or a company_admin (staff may not decide for them). */
  'estimate.decide': TicketSubject;
  /** «Όριο ωρών ανά αίτημα χωρίς έγκριση»: the company's admin, or staff. */
  'ticket-cap.manage': { id: string };
}

/** What the policies need to know of a canned reply: whose it is (null: shared). */
export interface CannedReplySubject {
  ownerId: string | null;
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
  'company.create': (actor) => verdict(isStaff(actor)),
  'company.archive': (actor) => verdict(isStaff(actor)),
  'audit.view': (actor) => verdict(actor.role === 'admin'),
  'email.manage': (actor) => verdict(actor.role === 'admin'),
  'mailbox.manage': (actor) => verdict(actor.role === 'admin'),
  'api-token.manage-service': (actor) => verdict(actor.role === 'admin'),
  'sso.manage': (actor) => verdict(actor.role === 'admin'),
  'webhook.manage': (actor) => verdict(actor.role === 'admin'),
  'inbound.review': (actor) => verdict(isStaff(actor)),
  'company.view': (actor, company) => companyScoped(actor, company.id, true),
  'company.update': (actor, company) =>
    companyScoped(actor, company.id, actor.role === 'company_admin'),
  'company.manage-contacts': (actor, company) =>
    companyScoped(actor, company.id, actor.role === 'company_admin'),
  'ticket.submit': (actor) => verdict(!isStaff(actor)),
  'ticket.submit-for': (actor, company) => companyScoped(actor, company.id, false),
  'package.list': (actor) => verdict(isStaff(actor)),
  'targets.view': (actor) => verdict(isStaff(actor)),
  'package.manage': (actor) => verdict(actor.role === 'admin'),
  'subscription.manage': (actor) => verdict(actor.role === 'admin'),
  'ticket.view': (actor, ticket) => verdict(canSeeTicket(actor, ticket), 'hide'),
  'ticket.reply': (actor, ticket) => verdict(canSeeTicket(actor, ticket), 'hide'),
  'ticket.add-internal-note': (actor, ticket) => staffOnlyOnTicket(actor, ticket),
  'ticket.manage': (actor, ticket) => staffOnlyOnTicket(actor, ticket),
  'task.view': (actor, ticket) => verdict(canSeeTicket(actor, ticket), 'hide'),
  'task.log': (actor, ticket) => staffOnlyOnTicket(actor, ticket),
  'dashboard.view': (actor, company) => companyScoped(actor, company.id, true),
  // Only that something changed, never what: a member hears of a colleague's ticket
  // and asks again, and the answer is scoped as always.
  'live.receive': (actor, company) => companyScoped(actor, company.id, true),
  'ledger.view': (actor, company) => companyScoped(actor, company.id, true),
  'ledger.view-entry': (actor, entry) => verdict(canSeeEntry(actor, entry), 'hide'),
  'ledger.adjust': (actor, company) => companyScoped(actor, company.id, false),
  'ledger.dispute': (actor, entry) =>
    canSeeEntry(actor, entry) ? verdict(actor.role === 'company_admin') : 'hide',
  'dispute.reply': (actor, entry) =>
    canSeeEntry(actor, entry) ? verdict(isStaff(actor) || actor.role === 'company_admin') : 'hide',
  'dispute.resolve': (actor, entry) =>
    canSeeEntry(actor, entry) ? verdict(isStaff(actor)) : 'hide',
  'dispute.queue': (actor) => verdict(isStaff(actor)),
  'statement.view': (actor, company) =>
    companyScoped(actor, company.id, actor.role === 'company_admin'),
  'two-factor.reset': (actor) => verdict(actor.role === 'admin'),
  'security-settings.manage': (actor) => verdict(actor.role === 'admin'),
  'canned-reply.use': (actor) => verdict(isStaff(actor)),
  'canned-reply.manage': (actor, reply) => {
    if (!isStaff(actor)) return 'hide';
    if (reply.ownerId === null) return verdict(actor.role === 'admin');
    // Another agent's personal answers are not even known to exist.
    return verdict(reply.ownerId === actor.userId, 'hide');
  },
  'saved-view.manage': (actor) => verdict(isStaff(actor)),
  // Staff see the ticket but rating their own work would be no measure of it.
  // A colleague added to the ticket may read and reply, but the rating is the requester's (or a company_admin's).
  'ticket.rate': (actor, ticket) => {
    if (isStaff(actor)) return 'forbid';
    if (!canSeeTicket(actor, ticket)) return 'hide';
    return verdict(speaksForTicket(actor, ticket));
  },
  'rating.report': (actor) => verdict(isStaff(actor)),
  // A colleague may look and reply; who else is let in is for the requester and the company_admins.
  'ticket.manage-participants': (actor, ticket) => {
    if (isStaff(actor)) return 'allow';
    if (!canSeeTicket(actor, ticket)) return 'hide';
    return verdict(speaksForTicket(actor, ticket));
  },
  'hour-block.view': (actor, company) => companyScoped(actor, company.id, true),
  'hour-block.buy': (actor, company) =>
    companyScoped(actor, company.id, actor.role === 'company_admin'),
  'hour-block.manage': (actor, company) => companyScoped(actor, company.id, false),
  'hour-block-offer.list': () => 'allow',
  'hour-block-offer.manage': (actor) => verdict(actor.role === 'admin'),
  'estimate.view': (actor, ticket) => verdict(canSeeTicket(actor, ticket), 'hide'),
  'estimate.manage': (actor, ticket) => staffOnlyOnTicket(actor, ticket),
  // Approving spends the company's hours: the requester or a company_admin, not a colleague added to read along.
  'estimate.decide': (actor, ticket) => {
    if (isStaff(actor)) return 'forbid';
    if (!canSeeTicket(actor, ticket)) return 'hide';
    return verdict(speaksForTicket(actor, ticket));
  },
  'ticket-cap.manage': (actor, company) =>
    companyScoped(actor, company.id, actor.role === 'company_admin'),
};

/** The customers who answer for a ticket they can see: its requester and the company_admins. */
function speaksForTicket(actor: Actor, ticket: TicketSubject): boolean {
  return actor.role === 'company_admin' || ticket.requesterId === actor.userId;
}

/** A line is seen by whoever may see its ticket; a line with no ticket by the company_admins. */
function canSeeEntry(actor: Actor, entry: LedgerEntrySubject): boolean {
  if (isStaff(actor)) return true;
  if (!isCustomerOf(actor, entry.companyId)) return false;
  return actor.role === 'company_admin' || entry.requesterId === actor.userId;
}

/**
 * Staff see every ticket; a company_admin those of the company; a member those
 * they opened or were added to as a colleague (of the same company only).
 */
function canSeeTicket(actor: Actor, ticket: TicketSubject): boolean {
  if (isStaff(actor)) return true;
  if (!isCustomerOf(actor, ticket.companyId)) return false;
  return (
    actor.role === 'company_admin' ||
    ticket.requesterId === actor.userId ||
    (ticket.participantIds?.includes(actor.userId) ?? false)
  );
}

function staffOnlyOnTicket(actor: Actor, ticket: TicketSubject): Verdict {
  if (isStaff(actor)) return 'allow';
  return canSeeTicket(actor, ticket) ? 'forbid' : 'hide';
}

/** Which tickets a list may show the actor: the query itself is scoped by this. */
export type TicketScope =
  | { kind: 'all' }
  | { kind: 'company'; companyId: string }
  /** A member: the tickets they opened, and (lists only) those they were added to. */
  | { kind: 'requester'; companyId: string; requesterId: string };

export function ticketScopeOf(actor: Actor): TicketScope {
  if (isStaff(actor)) return { kind: 'all' };
  if (!actor.companyId) throw new Error('a customer without a company');
  return actor.role === 'company_admin'
    ? { kind: 'company', companyId: actor.companyId }
    : { kind: 'requester', companyId: actor.companyId, requesterId: actor.userId };
}

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
