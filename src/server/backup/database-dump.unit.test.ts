import { describe, expect, it } from 'vitest';
import { dumpForDriver } from './database-dump.js';

describe('a pg_dump made ready for a driver', () => {
  it("drops psql's restrict lines and a newer server's setting, never a row's text", () => {
    const dump = [
      '\\restrict AbC123',
      'SET statement_timeout = 0;',
      'SET transaction_timeout = 0;',
      "INSERT INTO public.messages VALUES (1, 'first line",
      'SET transaction_timeout = 0;',
      '\\restrict AbC123',
      "\\unrestrict Other');",
      '\\unrestrict AbC123',
      '',
    ].join('\n');
    expect(dumpForDriver(dump)).toBe(
      [
        'SET statement_timeout = 0;',
        "INSERT INTO public.messages VALUES (1, 'first line",
        'SET transaction_timeout = 0;',
        '\\restrict AbC123',
        "\\unrestrict Other');",
        '',
      ].join('\n'),
    );
  });

  it('leaves a dump without them as it is', () => {
    const dump = "SET lock_timeout = 0;\nINSERT INTO public.companies VALUES ('x');\n";
    expect(dumpForDriver(dump)).toBe(dump);
  });
});
