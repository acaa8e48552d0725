import type { Role } from '../../shared/roles.js';
import { hashPassword } from '../auth/password.js';
import { type CompanyRow, insertCompany } from '../companies/companies.repository.js';
import type { Database } from '../db/database.js';
import { countActiveStaff, insertUser, type UserRow } from '../users/users.repository.js';
import { seedDemoSupport } from './demo-support.js';

/** Every demo user logs in with this password. */
export const DEMO_PASSWORD = 'aitima-demo';

export interface DemoLogin {
  email: string;
  role: Role;
  name: string;
  company: string | null;
}

const staff = [
  { firstName: 'Γιώργος', lastName: 'Αλεξίου', email: 'admin@aitima.demo', role: 'admin' as const },
  {
    firstName: 'Ελένη',
    lastName: 'Καραγιάννη',
    email: 'eleni@aitima.demo',
    role: 'agent' as const,
  },
  { firstName: 'Νίκος', lastName: 'Δημητρίου', email: 'nikos@aitima.demo', role: 'agent' as const },
];

const customers = [
  {
    company: {
      legalName: 'Φούρνοι Παπαδόπουλος Α.Ε.',
      tradeName: 'Αρτοποιεία Παπαδόπουλος',
      vatNumber: '094019245',
      taxOffice: 'ΦΑΕ Αθηνών',
      activity: 'Αρτοποιία και ζαχαροπλαστική',
      address: 'Λεωφόρος Αλεξάνδρας 112',
      city: 'Αθήνα',
      postalCode: '11473',
      phone: '210 6412345',
      email: 'info@papadopoulos-bakery.gr',
      website: 'https://papadopoulos-bakery.gr',
    },
    contacts: [
      {
        firstName: 'Μαρία',
        lastName: 'Παπαδοπούλου',
        email: 'maria@papadopoulos-bakery.gr',
        role: 'company_admin' as const,
      },
      {
        firstName: 'Κώστας',
        lastName: 'Ιωάννου',
        email: 'kostas@papadopoulos-bakery.gr',
        role: 'member' as const,
      },
    ],
  },
  {
    company: {
      legalName: 'Θαλασσινή Ξενοδοχειακή Μ.Ι.Κ.Ε.',
      tradeName: 'Hotel Thalassa',
      vatNumber: '800418210',
      taxOffice: 'Ηρακλείου',
      activity: 'Ξενοδοχεία',
      address: 'Παραλία Αμμουδάρας 45',
      city: 'Ηράκλειο',
      postalCode: '71414',
      phone: '2810 821000',
      email: 'reception@thalassa-hotel.gr',
      website: 'https://thalassa-hotel.gr',
    },
    contacts: [
      {
        firstName: 'Δέσποινα',
        lastName: 'Μανωλάκη',
        email: 'despina@thalassa-hotel.gr',
        role: 'company_admin' as const,
      },
    ],
  },
  {
    company: {
      legalName: 'Νομική Σύμπραξη Βασιλείου & Συνεργάτες',
      tradeName: null,
      vatNumber: '997612377',
      taxOffice: 'Α΄ Θεσσαλονίκης',
      activity: 'Νομικές υπηρεσίες',
      address: 'Τσιμισκή 78',
      city: 'Θεσσαλονίκη',
      postalCode: '54622',
      phone: '2310 254789',
      email: 'office@vasileiou-law.gr',
      website: null,
    },
    contacts: [
      {
        firstName: 'Αντώνης',
        lastName: 'Βασιλείου',
        email: 'antonis@vasileiou-law.gr',
        role: 'company_admin' as const,
      },
      {
        firstName: 'Σοφία',
        lastName: 'Γεωργίου',
        email: 'sofia@vasileiou-law.gr',
        role: 'member' as const,
      },
    ],
  },
];

/**
 * Fills an empty database with the demo's people, companies, packages and a few
 * months of tickets and tasks; does nothing when staff exist.
 */
export async function seedDemo(db: Database): Promise<DemoLogin[] | undefined> {
  if ((await countActiveStaff(db)) > 0) return undefined;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const logins: DemoLogin[] = [];
  await db.transaction(async (tx) => {
    const users: UserRow[] = [];
    const companies: CompanyRow[] = [];
    for (const person of staff) {
      users.push(await insertUser(tx, { ...person, passwordHash }));
      logins.push({
        email: person.email,
        role: person.role,
        name: `${person.firstName} ${person.lastName}`,
        company: null,
      });
    }
    for (const customer of customers) {
      const company = await insertCompany(tx, customer.company);
      companies.push(company);
      for (const contact of customer.contacts) {
        users.push(await insertUser(tx, { ...contact, companyId: company.id, passwordHash }));
        logins.push({
          email: contact.email,
          role: contact.role,
          name: `${contact.firstName} ${contact.lastName}`,
          company: company.tradeName ?? company.legalName,
        });
      }
    }
    await seedDemoSupport(tx, companies, users);
  });
  return logins;
}
