import { describe, expect, it } from 'vitest';
import { linkify } from './linkify';

describe('linkify', () => {
  it('finds http and https links and leaves the rest as text', () => {
    expect(linkify('Δείτε https://example.gr/a?b=1 και http://x.test.')).toEqual([
      { kind: 'text', text: 'Δείτε ' },
      { kind: 'link', text: 'https://example.gr/a?b=1', href: 'https://example.gr/a?b=1' },
      { kind: 'text', text: ' και ' },
      { kind: 'link', text: 'http://x.test', href: 'http://x.test' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('never links other schemes, and keeps line breaks in the text', () => {
    expect(linkify('javascript:alert(1)\nftp://x\ndata:text/html,<b>')).toEqual([
      { kind: 'text', text: 'javascript:alert(1)\nftp://x\ndata:text/html,<b>' },
    ]);
  });

  it('keeps brackets that belong to the address and drops the ones that close a sentence', () => {
    expect(linkify('(δες https://el.wikipedia.org/wiki/Α_(γράμμα))').map((p) => p.text)).toEqual([
      '(δες ',
      'https://el.wikipedia.org/wiki/Α_(γράμμα)',
      ')',
    ]);
    expect(linkify('«https://a.test/x»').map((p) => p.text)).toEqual([
      '«',
      'https://a.test/x',
      '»',
    ]);
  });
});
