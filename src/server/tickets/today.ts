import { DEFAULT_TIME_ZONE, localDateOf } from '../../shared/hours/index.js';
import { findCompanyById } from '../companies/companies.repository.js';
import type { Executor } from '../db/database.js';

/** Today's date ('YYYY-MM-DD') on a company's own clock (the default zone if it has none). */
export async function companyToday(db: Executor, companyId: string, now = new Date()) {
  const company = await findCompanyById(db, companyId);
  return localDateOf(now, company?.timeZone ?? DEFAULT_TIME_ZONE);
}
