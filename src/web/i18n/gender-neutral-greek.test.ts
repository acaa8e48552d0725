import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import el from '../locales/el.json';
import type { LocaleTree } from './locale-parts';

/**
 * Greek texts are written so that no gender is needed («Συνδεθήκατε ως …»),
 * never with slashed forms such as «στον/στην», «του/της» or «Ο/Η», which read
 * badly and leave the reader to pick. Any Greek word, a slash and another Greek
 * word is refused; units (ώρες/μήνα) never appear in interface texts, and if one
 * ever must, it is written «ώρες τον μήνα».
 */
const SLASHED_GREEK = /\p{Script=Greek}+\/\p{Script=Greek}+/u;

function textsOf(tree: LocaleTree, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : textsOf(value, `${prefix}${key}.`),
  );
}

const templatesDir = fileURLToPath(new URL('../../server/email/templates/', import.meta.url));

describe('Greek without slashes', () => {
  it('finds the slashed forms the rule is about', () => {
    for (const text of ['Στείλτε στον/στην Μαρία', 'του/της', 'Ο/Η Νίκος', 'Αγαπητέ/ή']) {
      expect(text).toMatch(SLASHED_GREEK);
    }
    expect('Συνδεθήκατε ως Νίκος · 1/12/2026 · https://a/b').not.toMatch(SLASHED_GREEK);
  });

  it('no Greek interface text uses a slash between word forms', () => {
    const slashed = textsOf(el as LocaleTree).filter(([, text]) => SLASHED_GREEK.test(text));
    expect(slashed).toEqual([]);
  });

  it('no email template uses a slash between Greek word forms', () => {
    const slashed = readdirSync(templatesDir)
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) =>
        readFileSync(`${templatesDir}${file}`, 'utf8')
          .split('\n')
          .filter((line) => SLASHED_GREEK.test(line))
          .map((line) => `${file}: ${line.trim()}`),
      );
    expect(slashed).toEqual([]);
  });
});
