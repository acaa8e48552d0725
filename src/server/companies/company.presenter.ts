import type { Company } from '../../shared/api/companies.js';
import type { CompanyRow } from './companies.repository.js';

/** The fields of a company that leave the server. */
export function presentCompany(row: CompanyRow): Company {
  return {
    id: row.id,
    legalName: row.legalName,
    tradeName: row.tradeName,
    vatNumber: row.vatNumber,
    taxOffice: row.taxOffice,
    activity: row.activity,
    address: row.address,
    city: row.city,
    postalCode: row.postalCode,
    phone: row.phone,
    email: row.email,
    website: row.website,
    isArchived: row.archivedAt !== null,
  };
}
