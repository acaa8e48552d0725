import type { Me } from '../../shared/api/users.js';
import { actorOf, type SignedInUser } from '../auth/auth.service.js';
import { can } from '../policies/authorize.js';

/** The signed-in user as the web app sees them: their own fields and what they may do. */
export function presentMe(signedIn: SignedInUser): Me {
  const { user, company } = signedIn;
  const actor = actorOf(signedIn);
  const companySubject = { id: company?.id ?? '' };
  return {
    id: user.id,
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    phone: user.phone,
    role: user.role,
    locale: user.locale,
    company: company ? { id: company.id, name: company.tradeName || company.legalName } : null,
    abilities: {
      useStaffConsole: can(actor, 'staff-console.use', null),
      editCompany: company !== null && can(actor, 'company.update', companySubject),
      manageContacts: company !== null && can(actor, 'company.manage-contacts', companySubject),
      manageStaff: can(actor, 'staff.manage', null),
      managePackages: can(actor, 'package.manage', null),
      submitRequest: can(actor, 'ticket.submit', null),
    },
    mustEnrolSecondFactor: signedIn.mustEnrolSecondFactor,
  };
}
