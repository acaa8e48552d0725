import { describe, expect, it } from 'vitest';
import { homePathFor, loginPathFor, safeNextPath } from './navigation';

const origin = 'https://aitima.example';
const abilities = (useStaffConsole: boolean) => ({
  abilities: {
    useStaffConsole,
    editCompany: false,
    manageContacts: false,
    manageStaff: false,
    managePackages: false,
    submitRequest: !useStaffConsole,
  },
});

describe('safeNextPath', () => {
  it('keeps paths on this site, with their query and hash', () => {
    expect(safeNextPath('/tickets', origin)).toBe('/tickets');
    expect(safeNextPath('/tickets?status=open#top', origin)).toBe('/tickets?status=open#top');
  });

  it('drops anything that could leave the site', () => {
    for (const next of [
      null,
      '',
      'tickets',
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      'javascript:alert(1)',
    ]) {
      expect(safeNextPath(next, origin)).toBeNull();
    }
  });
});

describe('homePathFor / loginPathFor', () => {
  it('sends staff to their console and customers to the central screen', () => {
    expect(homePathFor(abilities(true))).toBe('/staff/tickets');
    expect(homePathFor(abilities(false))).toBe('/');
  });

  it('remembers where to come back to, except the home page', () => {
    expect(loginPathFor('/')).toBe('/login');
    expect(loginPathFor('/tickets?x=1')).toBe('/login?next=%2Ftickets%3Fx%3D1');
  });
});
