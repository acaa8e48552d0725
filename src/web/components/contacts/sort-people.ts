import type { Person } from '../../../shared/api/contacts';

// Its own file: the central screen's contacts panel sorts people without the list's menus and modals.
/** Active people first, administrators before members, then by name. */
export function sortPeople(people: Person[]): Person[] {
  const rank = (person: Person) =>
    (person.isActive ? 0 : 2) +
    (person.role === 'company_admin' || person.role === 'admin' ? 0 : 1);
  return [...people].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      `${a.lastName} ${a.firstName}`.localeCompare(`${b.lastName} ${b.firstName}`, 'el'),
  );
}
