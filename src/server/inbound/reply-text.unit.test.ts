import { describe, expect, it } from 'vitest';
import { extractReplyText } from './reply-text.js';

const QUOTED = '> Καλημέρα σας,\n> το αίτημά σας [#1016] ενημερώθηκε.\n>\n> Aitima';

describe('extractReplyText: quote headers', () => {
  it('cuts Gmail in Greek, header on one line', () => {
    const text = `Ευχαριστώ, δουλεύει τώρα.\n\nΣτις Πέμ 3 Δεκ 2026 στις 10:15 π.μ., Aitima <support@example.com> έγραψε:\n\n${QUOTED}\n`;
    expect(extractReplyText(text)).toBe('Ευχαριστώ, δουλεύει τώρα.');
  });

  it('cuts Gmail in Greek, header wrapped over two lines', () => {
    const text = `Ευχαριστώ, δουλεύει τώρα.\nΓιώργος\n\nΣτις Πέμ 3 Δεκ 2026 στις 10:15 π.μ., Aitima Υποστήριξη <support@example.com>\nέγραψε:\n\n${QUOTED}`;
    expect(extractReplyText(text)).toBe('Ευχαριστώ, δουλεύει τώρα.\nΓιώργος');
  });

  it('cuts Gmail in English, header wrapped before the address', () => {
    const text = `Thanks, it works now.\n\nOn Thu, Dec 3, 2026 at 10:15 AM Aitima Support\n<support@example.com> wrote:\n\n> Your request [#1016] was updated.\n`;
    expect(extractReplyText(text)).toBe('Thanks, it works now.');
  });

  it('cuts Apple Mail on the iPhone: the signature line and the quoted header', () => {
    const text = `Yes, please come on Monday.\n\nSent from my iPhone\n\n> On 3 Dec 2026, at 10:15, Aitima <support@example.com> wrote:\n>\n> Your request [#1016] was updated.\n`;
    expect(extractReplyText(text)).toBe('Yes, please come on Monday.');
  });

  it('cuts Apple Mail in Greek («ο/η … έγραψε:»)', () => {
    const text = `Ναι, ελάτε τη Δευτέρα.\n\nΣτις 3 Δεκ 2026, στις 10:15 π.μ., ο/η Aitima <support@example.com> έγραψε:\n\n${QUOTED}`;
    expect(extractReplyText(text)).toBe('Ναι, ελάτε τη Δευτέρα.');
  });

  it.each([
    'Στις Πέμ, 3 Δεκ 2026 στις 10:15 π.μ., ο χρήστης Aitima <support@example.com> έγραψε:',
    'Την Πέμπτη, 3 Δεκεμβρίου 2026, 10:15:00 π.μ. EET, ο χρήστης Aitima <support@example.com> έγραψε:',
    'On Thursday, December 3, 2026, 10:15:00 AM GMT+2, Aitima <support@example.com> wrote:',
    'On Thu, 3 Dec 2026, 10:15 Aitima, <support@example.com> wrote:',
  ])('cuts the header «%s»', (header) => {
    expect(extractReplyText(`Εντάξει, ευχαριστώ.\n\n${header}\n\n${QUOTED}`)).toBe(
      'Εντάξει, ευχαριστώ.',
    );
  });

  it('cuts Apple Mail on a Mac, whose header is inside the quote', () => {
    const text =
      'Yes.\n\n> On 3 Dec 2026, at 10:15, Aitima <support@example.com> wrote:\n>\n> Your request was updated.';
    expect(extractReplyText(text)).toBe('Yes.');
  });

  it('cuts Thunderbird in Greek and English', () => {
    expect(extractReplyText(`Εντάξει.\n\nΟ/Η Aitima έγραψε:\n${QUOTED}`)).toBe('Εντάξει.');
    expect(extractReplyText(`OK.\n\nOn 12/3/26 10:15 AM, Aitima wrote:\n> Your request`)).toBe(
      'OK.',
    );
    expect(extractReplyText(`OK.\n\nAitima <support@example.com> wrote:\n> Your request`)).toBe(
      'OK.',
    );
  });

  it('cuts Outlook in Greek, with the rule above the header block and the history unquoted', () => {
    const text = [
      'Καλησπέρα,',
      'το πρόβλημα παραμένει.',
      '',
      'Με εκτίμηση,',
      'Μαρία',
      '',
      '________________________________',
      'Από: Aitima <support@example.com>',
      'Στάλθηκε: Πέμπτη, 3 Δεκεμβρίου 2026 10:15 π.μ.',
      'Προς: Μαρία Παπαδοπούλου <maria@customer.gr>',
      'Θέμα: [#1016] Ο εκτυπωτής δεν τυπώνει',
      '',
      'Καλημέρα σας, το αίτημά σας ενημερώθηκε.',
    ].join('\r\n');
    expect(extractReplyText(text)).toBe(
      'Καλησπέρα,\nτο πρόβλημα παραμένει.\n\nΜε εκτίμηση,\nΜαρία',
    );
  });

  it('cuts Outlook in English after "-----Original Message-----"', () => {
    const text =
      'Still broken.\n\n-----Original Message-----\nFrom: Aitima [mailto:support@example.com]\nSent: Thursday, December 3, 2026 10:15 AM\nTo: Maria\nSubject: [#1016] Printer\n\nYour request was updated.';
    expect(extractReplyText(text)).toBe('Still broken.');
  });

  it('cuts an Outlook header block without a rule, bold from HTML', () => {
    const text =
      'Still broken.\n\n*From:* Aitima <support@example.com>\n*Sent:* Thursday, December 3, 2026 10:15 AM\n*To:* Maria <maria@customer.gr>\n*Subject:* [#1016] Printer\n\nYour request was updated.';
    expect(extractReplyText(text)).toBe('Still broken.');
  });

  it('cuts Outlook on the web, whose <hr> became a line of dashes', () => {
    const text = `Το πρόβλημα παραμένει.\n\nΜαρία\n\n${'-'.repeat(80)}\n\nΑπό: Aitima <support@example.com>\nΣτάλθηκε: Πέμπτη, 3 Δεκεμβρίου 2026 10:15 π.μ.\nΠρος: Μαρία <maria@customer.gr>\nΘέμα: [#1016] Εκτυπωτής\n\nΚαλημέρα σας.`;
    expect(extractReplyText(text)).toBe('Το πρόβλημα παραμένει.\n\nΜαρία');
  });

  it('cuts «-----Αρχικό μήνυμα-----» and forwarded-message markers', () => {
    expect(extractReplyText('Δείτε παρακάτω.\n\n-----Αρχικό μήνυμα-----\nΑπό: Κάποιος')).toBe(
      'Δείτε παρακάτω.',
    );
    expect(
      extractReplyText('Δείτε παρακάτω.\n\n---------- Forwarded message ---------\nFrom: x'),
    ).toBe('Δείτε παρακάτω.');
  });
});

describe('extractReplyText: quotes and signatures', () => {
  it('keeps the answers of an inline reply and drops the quoted lines between them', () => {
    const text = '> Ποιο μοντέλο είναι;\nHP LaserJet 400.\n\n> Από πότε;\nΑπό χθες.';
    expect(extractReplyText(text)).toBe('HP LaserJet 400.\n\nΑπό χθες.');
  });

  it('cuts a "-- " signature and what follows it', () => {
    const text = 'Ευχαριστώ.\n\n-- \nΜαρία Παπαδοπούλου\nΛογιστήριο, Τηλ. 210 1234567\n';
    expect(extractReplyText(text)).toBe('Ευχαριστώ.');
  });

  it('cuts «Στάλθηκε από το iPhone μου» and the history after it', () => {
    const text = `Έρχομαι στις 3.\n\nΣτάλθηκε από το iPhone μου\n\n${QUOTED}`;
    expect(extractReplyText(text)).toBe('Έρχομαι στις 3.');
  });

  it.each([
    'Sent from my Galaxy',
    'Get Outlook for Android',
    'Αποστολή από το Samsung Galaxy smartphone μου.',
    'Λήψη του Outlook για iOS',
  ])('cuts the mobile signature «%s»', (signature) => {
    expect(extractReplyText(`Έρχομαι.\n\n${signature}\n\n${QUOTED}`)).toBe('Έρχομαι.');
  });

  it('keeps a closing and a name, which the person wrote', () => {
    expect(extractReplyText('Thanks!\n\nBest regards,\nNikos')).toBe(
      'Thanks!\n\nBest regards,\nNikos',
    );
  });
});

describe('extractReplyText: what must not be cut', () => {
  it('keeps a ">" and the word «έγραψε» in the middle of a sentence', () => {
    const text =
      'Η θερμοκρασία είναι > 40 βαθμούς στο δωμάτιο.\nΟ λογιστής έγραψε ότι το τιμολόγιο είναι λάθος.\nΣτις 3 Δεκεμβρίου ο λογιστής έγραψε:\n«πληρώστε το υπόλοιπο»';
    expect(extractReplyText(text)).toBe(text);
  });

  it('keeps "wrote" and "Sent from" inside sentences', () => {
    const text =
      'My colleague wrote: the server is down.\nSent from the office, the printer prints blank pages.\nOn Monday it worked.';
    expect(extractReplyText(text)).toBe(text);
  });

  it('returns the whole text trimmed when cutting would leave nothing', () => {
    const text = `\n\nΣτις Πέμ 3 Δεκ 2026 στις 10:15 π.μ., Aitima <support@example.com> έγραψε:\n\n${QUOTED}\n\n`;
    expect(extractReplyText(text)).toBe(text.trim());
  });

  it('keeps an answer written below the quoted history', () => {
    const text = `Στις Πέμ 3 Δεκ 2026 στις 10:15 π.μ., Aitima <support@example.com> έγραψε:\n${QUOTED}\n\nΝαι, λύθηκε.`;
    expect(extractReplyText(text)).toBe('Ναι, λύθηκε.');
  });

  it('returns an empty string for no text', () => {
    expect(extractReplyText('')).toBe('');
    expect(extractReplyText(' \r\n\n ')).toBe('');
  });

  // These inputs took email-reply-parser seconds (it backtracks); past 20 KB the quotes are
  // dropped without it. Their speed is not timed here (a busy machine), only their answer.
  it('reads text that makes email-reply-parser backtrack', () => {
    const text = `Γεια σας.\n${'在x\n'.repeat(6_600)}> quoted\n`;
    expect(extractReplyText(text)).toBe(`Γεια σας.\n${'在x\n'.repeat(6_599)}在x`);
  });

  it('reads one huge line that looks like the start of a header', () => {
    const line = `On 1:11 Στις 1:11 ο/η ${'1:11 @ ο/η '.repeat(50_000)}`;
    expect(extractReplyText(line)).toBe(line.trim());
  });

  it('reads a huge text, dropping its "> " lines', () => {
    const line = 'abc. Op x schreef: On x wrote: > Στις 1:00 έγραψε\n> quoted\n';
    const text = `Γεια σας.\n${line.repeat(20_000)}`;
    const expected = `Γεια σας.\n${'abc. Op x schreef: On x wrote: > Στις 1:00 έγραψε\n'.repeat(20_000)}`;
    expect(extractReplyText(text)).toBe(expected.trim());
  });
});
