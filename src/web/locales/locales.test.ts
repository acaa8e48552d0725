import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from '../../shared/api/audit';
import { ERROR_CODES, FIELD_ERROR_CODES } from '../../shared/problem';
import el from './el.json';
import en from './en.json';

type Tree = { [key: string]: string | Tree };

function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

describe('locale files', () => {
  it('have the same keys in Greek and English', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(el).sort());
  });

  it('translate every API error code and every field error code', () => {
    for (const locale of [el, en]) {
      for (const code of ERROR_CODES) expect(locale.errors).toHaveProperty(code);
      for (const code of FIELD_ERROR_CODES) expect(locale.validation).toHaveProperty(code);
    }
  });

  it('word every action the server records in the audit log, and what it is about', () => {
    for (const locale of [el, en]) {
      const actions: Tree = locale.audit.actions;
      for (const action of AUDIT_ACTIONS) {
        const [kind = '', what = ''] = action.split('.');
        const words = (actions[kind] as Tree | undefined)?.[what];
        expect(typeof words === 'string' && words.length > 0, action).toBe(true);
      }
      for (const type of AUDIT_ENTITY_TYPES) expect(locale.audit.entities).toHaveProperty(type);
    }
  });

  it('name the limits in length and size messages', () => {
    for (const locale of [el, en]) {
      expect(locale.validation.too_short).toContain('{{min}}');
      expect(locale.validation.too_long).toContain('{{max}}');
    }
  });

  it('use the exact Greek labels of the manual', () => {
    expect(el.nav).toMatchObject({
      submitRequest: 'Υποβολή αιτήματος',
      support: 'Υποστήριξη',
      requests: 'Αιτήματα',
      account: 'Λογαριασμός',
      login: 'Σύνδεση',
      logout: 'Αποσύνδεση',
    });
    expect(el.errors.invalid_credentials).toBe('Λάθος email ή κωδικός πρόσβασης.');
    expect(el.dashboard.title).toBe('Κεντρική οθόνη');
  });
});
