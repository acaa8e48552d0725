import { createHash } from 'node:crypto';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { buildInboundEmail, buildReplyTo } from '../../../test/support/inbound-mail.js';
import { InboundParseError, parseInboundEmail } from './parse-inbound-email.js';

const crlf = (lines: string[]): Buffer => Buffer.from(lines.join('\r\n'));

/** RFC 2047 encoded word of Greek text in a Greek single-byte charset. */
const encodedWord = (text: string, charset: string, encoding: 'B' | 'Q'): string => {
  const bytes = iconv.encode(text, charset);
  const encoded =
    encoding === 'B'
      ? bytes.toString('base64')
      : [...bytes].map((byte) => `=${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');
  return `=?${charset}?${encoding}?${encoded}?=`;
};

describe('parseInboundEmail: a reply from a mail client', () => {
  it('reads ids, addresses, subject, date, the whole text and only the new text', async () => {
    const raw = await buildReplyTo(
      {
        messageId: '<ticket-1016-reply-3@aitima.test>',
        subject: '[#1016] Ο εκτυπωτής δεν τυπώνει',
        text: 'Καλημέρα σας,\nτο αίτημά σας ενημερώθηκε.',
        from: 'Aitima Υποστήριξη <support@aitima.test>',
      },
      {
        from: 'Γιώργος Παπαδόπουλος <Giorgos@Customer.Example>',
        text: 'Ευχαριστώ, δουλεύει.',
        style: 'gmail-el',
        messageId: 'reply-1@customer.example',
      },
    );
    const email = await parseInboundEmail(raw);
    expect(email.messageId).toBe('reply-1@customer.example');
    expect(email.inReplyTo).toEqual(['ticket-1016-reply-3@aitima.test']);
    expect(email.references).toEqual(['ticket-1016-reply-3@aitima.test']);
    expect(email.from).toEqual({
      address: 'giorgos@customer.example',
      name: 'Γιώργος Παπαδόπουλος',
    });
    expect(email.to).toEqual(['support@aitima.test']);
    expect(email.cc).toEqual([]);
    expect(email.subject).toBe('Re: [#1016] Ο εκτυπωτής δεν τυπώνει');
    expect(email.date?.toISOString()).toBe('2026-12-03T10:20:00.000Z');
    expect(email.text).toBe(
      'Ευχαριστώ, δουλεύει.\n\nΣτις Πέμ 3 Δεκ 2026 στις 10:15 π.μ., Aitima Υποστήριξη <support@aitima.test>\nέγραψε:\n\n> Καλημέρα σας,\n> το αίτημά σας ενημερώθηκε.',
    );
    expect(email.replyText).toBe('Ευχαριστώ, δουλεύει.');
    expect(email.headers.get('in-reply-to')).toBe('<ticket-1016-reply-3@aitima.test>');
  });

  it.each(['gmail-el', 'gmail-en', 'outlook-el', 'apple-en'] as const)(
    'keeps only the new text of a %s reply',
    async (style) => {
      const raw = await buildReplyTo(
        {
          messageId: 'ticket-1016-reply-3@aitima.test',
          subject: '[#1016] Ο εκτυπωτής δεν τυπώνει',
          text: 'Καλημέρα σας,\n\nτο αίτημά σας ενημερώθηκε.\n\n-- \nAitima',
          from: 'Aitima Υποστήριξη Πελατών <support@aitima.test>',
        },
        { from: 'maria@customer.example', text: 'Ναι.\n\nΕυχαριστώ,\nΜαρία', style },
      );
      const email = await parseInboundEmail(raw);
      expect(email.replyText).toBe('Ναι.\n\nΕυχαριστώ,\nΜαρία');
      expect(email.inReplyTo).toEqual(['ticket-1016-reply-3@aitima.test']);
      expect(email.subject).toBe(
        `${style === 'outlook-el' ? 'ΑΠ:' : 'Re:'} [#1016] Ο εκτυπωτής δεν τυπώνει`,
      );
    },
  );

  it('keeps every References id in order, and groups and repeats out of the addresses', async () => {
    const raw = crlf([
      'From: "Support" <support@aitima.test>',
      'To: Team: A <a@x.example>, B <B@x.example>;, a@x.example',
      'Cc: c@x.example',
      'Subject: Re:\r\n  folded   subject',
      'Message-ID: <m@x>',
      'In-Reply-To: <p2@x> (comment)',
      'References: <p1@x>\r\n <p2@x>',
      '',
      'Hi',
    ]);
    const email = await parseInboundEmail(raw);
    expect(email.references).toEqual(['p1@x', 'p2@x']);
    expect(email.inReplyTo).toEqual(['p2@x']);
    expect(email.to).toEqual(['a@x.example', 'b@x.example']);
    expect(email.cc).toEqual(['c@x.example']);
    expect(email.subject).toBe('Re: folded subject');
    expect(email.headers.get('references')).toBe('<p1@x> <p2@x>');
  });

  it('makes up a stable id from the bytes when the mail has no Message-ID', async () => {
    const raw = crlf(['From: a@x.example', 'Subject: no id', '', 'Hello']);
    const sha = createHash('sha256').update(raw).digest('hex');
    expect((await parseInboundEmail(raw)).messageId).toBe(`${sha}@aitima.invalid`);
    expect((await parseInboundEmail(Buffer.from(raw))).messageId).toBe(`${sha}@aitima.invalid`);
  });

  it('gives no date for a missing or unreadable Date header', async () => {
    const missing = crlf(['From: a@x.example', 'Subject: s', '', 'Hi']);
    const unreadable = crlf(['From: a@x.example', 'Subject: s', 'Date: yesterday-ish', '', 'Hi']);
    expect((await parseInboundEmail(missing)).date).toBeNull();
    expect((await parseInboundEmail(unreadable)).date).toBeNull();
  });
});

describe('parseInboundEmail: Greek charsets', () => {
  const greek = 'Άλλο ένα πρόβλημα: ο εκτυπωτής «HP» δεν τυπώνει ΐΰ';

  it('reads an ISO-8859-7 body (8bit) and ISO-8859-7 encoded words', async () => {
    const raw = Buffer.concat([
      crlf([
        `From: ${encodedWord('Γιώργος Άλφας', 'ISO-8859-7', 'Q')} <g@x.example>`,
        `Subject: ${encodedWord('Βλάβη εκτυπωτή', 'ISO-8859-7', 'B')}`,
        'Content-Type: text/plain; charset=ISO-8859-7',
        'Content-Transfer-Encoding: 8bit',
        '',
        '',
      ]),
      iconv.encode(greek, 'ISO-8859-7'),
    ]);
    const email = await parseInboundEmail(raw);
    expect(email.text).toBe(greek);
    expect(email.subject).toBe('Βλάβη εκτυπωτή');
    expect(email.from).toEqual({ address: 'g@x.example', name: 'Γιώργος Άλφας' });
  });

  it('reads a Windows-1253 body (quoted-printable) and Windows-1253 encoded words', async () => {
    // "Ά" is 0xA2 in Windows-1253 but 0xB6 in ISO-8859-7: a wrong table shows here.
    const body = [...iconv.encode(greek, 'windows-1253')]
      .map((byte) => `=${byte.toString(16).toUpperCase().padStart(2, '0')}`)
      .join('');
    const raw = crlf([
      `From: ${encodedWord('Άννα Ώρα', 'windows-1253', 'B')} <anna@x.example>`,
      `Subject: ${encodedWord('Άδεια χρήσης', 'windows-1253', 'Q')}`,
      'MIME-Version: 1.0',
      'Content-Type: multipart/alternative; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain; charset="windows-1253"',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      body.replace(/(.{72})/g, '$1=\r\n'),
      '--b--',
      '',
    ]);
    const email = await parseInboundEmail(raw);
    expect(email.text).toBe(greek);
    expect(email.subject).toBe('Άδεια χρήσης');
    expect(email.from?.name).toBe('Άννα Ώρα');
  });

  it('reads an HTML-only Windows-1253 body', async () => {
    const raw = Buffer.concat([
      crlf([
        'From: a@x.example',
        'Subject: s',
        'Content-Type: text/html; charset=windows-1253',
        'Content-Transfer-Encoding: 8bit',
        '',
        '',
      ]),
      iconv.encode('<p>Άδεια <b>χρήσης</b></p>', 'windows-1253'),
    ]);
    expect((await parseInboundEmail(raw)).text).toBe('Άδεια χρήσης');
  });

  it.each([
    ['windows-1253', 'Content-Type: text/plain'],
    ['windows-1253', 'Content-Type: text/plain; charset=utf-8'],
    ['iso-8859-7', 'Content-Type: text/plain; charset="us-ascii"'],
    ['iso-8859-7', 'X-No-Content-Type: 1'],
  ])('reads %s Greek sent with "%s"', async (charset, contentType) => {
    const raw = Buffer.concat([
      Buffer.from('From: a@x.example\r\nSubject: '),
      iconv.encode('Θέμα: Άδεια', charset),
      Buffer.from(`\r\n${contentType}\r\n\r\n`),
      iconv.encode(greek, charset),
    ]);
    const email = await parseInboundEmail(raw);
    expect(email.text).toBe(greek);
    expect(email.subject).toBe('Θέμα: Άδεια');
  });

  it('keeps a declared UTF-8 body that is really UTF-8, even with a stray U+FFFD in it', async () => {
    const withReplacement = `${greek} \uFFFD`;
    const raw = crlf([
      'From: a@x.example',
      'Subject: s',
      'Content-Type: text/plain; charset=utf-8',
      '',
      withReplacement,
    ]);
    expect((await parseInboundEmail(raw)).text).toBe(withReplacement);
  });

  it('does not throw on an unknown charset and keeps the ASCII readable', async () => {
    const raw = crlf([
      'From: a@x.example',
      'Subject: s',
      'Content-Type: text/plain; charset=x-no-such-charset',
      '',
      'Printer 42 is down',
    ]);
    expect((await parseInboundEmail(raw)).text).toBe('Printer 42 is down');
  });
});

describe('parseInboundEmail: HTML-only mail', () => {
  it('turns HTML into safe text: no tags, scripts or styles, links kept, quotes cut', async () => {
    const raw = await buildInboundEmail({
      from: 'maria@customer.example',
      to: 'support@aitima.test',
      subject: 'Re: [#1016] Printer',
      html: [
        '<html><head><style>p { color: red }</style><title>t</title></head><body>',
        '<script>alert("x")</script>',
        '<p>Δείτε <a href="https://status.example.com/a?b=1">τη σελίδα</a> &amp; την εικόνα <img src="cid:shot@x" alt="">.</p>',
        '<div class="gmail_quote">Στις Πέμ 3 Δεκ 2026 στις 10:15 π.μ., Aitima &lt;support@aitima.test&gt; έγραψε:',
        '<blockquote>Το αίτημά σας ενημερώθηκε.</blockquote></div>',
        '</body></html>',
      ].join('\n'),
    });
    const email = await parseInboundEmail(raw);
    expect(email.text).toBe(
      'Δείτε τη σελίδα [https://status.example.com/a?b=1] & την εικόνα.\n\nΣτις Πέμ 3 Δεκ 2026 στις 10:15 π.μ., Aitima <support@aitima.test> έγραψε:\n\n> Το αίτημά σας ενημερώθηκε.',
    );
    expect(email.replyText).toBe(
      'Δείτε τη σελίδα [https://status.example.com/a?b=1] & την εικόνα.',
    );
  });

  it('cuts an Outlook on the web reply sent as HTML only', async () => {
    const raw = await buildInboundEmail({
      from: 'maria@customer.example',
      to: 'support@aitima.test',
      subject: 'ΑΠ: [#1016] Ο εκτυπωτής δεν τυπώνει',
      html: [
        '<html><head><style>p.MsoNormal{margin:0}</style></head><body>',
        '<div dir="ltr"><div>Το πρόβλημα παραμένει, δείτε το συνημμένο.</div><div><br></div><div>Μαρία</div></div>',
        '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">',
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif"><b>Από:</b> Aitima &lt;support@aitima.test&gt;<br>',
        '<b>Στάλθηκε:</b> Πέμπτη, 3 Δεκεμβρίου 2026 10:15 π.μ.<br><b>Προς:</b> Μαρία &lt;maria@customer.example&gt;<br>',
        '<b>Θέμα:</b> [#1016] Ο εκτυπωτής δεν τυπώνει</font><div>&nbsp;</div></div>',
        '<div><p>Καλημέρα σας, το αίτημά σας ενημερώθηκε.</p></div></body></html>',
      ].join(''),
    });
    const email = await parseInboundEmail(raw);
    expect(email.text).toContain('Θέμα: [#1016] Ο εκτυπωτής δεν τυπώνει\n\nΚαλημέρα σας');
    expect(email.replyText).toBe('Το πρόβλημα παραμένει, δείτε το συνημμένο.\n\nΜαρία');
  });

  it('uses the HTML when the text part beside it is blank', async () => {
    const raw = await buildInboundEmail({
      from: 'a@x.example',
      to: 'support@aitima.test',
      subject: 's',
      text: ' ',
      html: '<div>Γραμμή ένα<br>Γραμμή &lt;δύο&gt;</div><script>x()</script>',
    });
    expect((await parseInboundEmail(raw)).text).toBe('Γραμμή ένα\nΓραμμή <δύο>');
  });
});

describe('parseInboundEmail: files', () => {
  it('returns attached, inline (cid) and forwarded (message/rfc822) files', async () => {
    const forwarded = crlf(['From: boss@customer.example', 'Subject: Προώθηση', '', 'Δείτε το.']);
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const raw = await buildInboundEmail({
      from: 'a@x.example',
      to: 'support@aitima.test',
      subject: 'files',
      text: 'Τρία αρχεία.',
      html: '<p>Τρία αρχεία. <img src="cid:shot@x"></p>',
      attachments: [
        {
          filename: 'τιμολόγιο 12.pdf',
          content: Buffer.from('%PDF-1.4\n'),
          contentType: 'application/pdf',
        },
        { filename: 'shot.png', content: png, contentType: 'image/png', cid: 'shot@x' },
        { filename: 'fwd.eml', content: forwarded, contentType: 'message/rfc822' },
      ],
    });
    const email = await parseInboundEmail(raw);
    expect(email.text).toBe('Τρία αρχεία.');
    expect(
      email.attachments.map(({ fileName, contentType, size, isInline, contentId }) => ({
        fileName,
        contentType,
        size,
        isInline,
        contentId,
      })),
    ).toEqual([
      {
        fileName: 'shot.png',
        contentType: 'image/png',
        size: 16,
        isInline: true,
        contentId: 'shot@x',
      },
      {
        fileName: 'τιμολόγιο 12.pdf',
        contentType: 'application/pdf',
        size: 9,
        isInline: false,
        contentId: undefined,
      },
      {
        fileName: 'fwd.eml',
        contentType: 'message/rfc822',
        size: forwarded.length,
        isInline: false,
        contentId: undefined,
      },
    ]);
    expect(email.attachments[0]!.content).toEqual(png);
    expect(email.attachments[2]!.content.toString('latin1')).toBe(forwarded.toString('latin1'));
  });

  it('names files the mail left unnamed', async () => {
    const raw = crlf([
      'From: a@x.example',
      'Subject: s',
      'Content-Type: multipart/mixed; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain',
      '',
      'See attached',
      '--b',
      'Content-Type: message/rfc822',
      '',
      'From: c@x.example',
      'Subject: inner',
      '',
      'inner body',
      '--b',
      'Content-Type: image/jpeg',
      'Content-Disposition: inline',
      'Content-Transfer-Encoding: base64',
      '',
      '/9j/4AAQ',
      '--b--',
    ]);
    const email = await parseInboundEmail(raw);
    expect(email.text).toBe('See attached');
    expect(email.attachments.map((file) => [file.fileName, file.isInline])).toEqual([
      ['forwarded-message-1.eml', false],
      ['image-2.jpg', true],
    ]);
  });

  it('carries a 25 MB attachment whole, with its size', async () => {
    const big = Buffer.alloc(25 * 1024 * 1024, 7);
    const raw = await buildInboundEmail({
      from: 'a@x.example',
      to: 'support@aitima.test',
      subject: 'big',
      text: 'Το αρχείο καταγραφής.',
      attachments: [{ filename: 'log.bin', content: big, contentType: 'application/octet-stream' }],
    });
    const email = await parseInboundEmail(raw);
    expect(email.replyText).toBe('Το αρχείο καταγραφής.');
    expect(email.attachments).toHaveLength(1);
    expect(email.attachments[0]!.size).toBe(big.length);
    expect(email.attachments[0]!.content.equals(big)).toBe(true);
  }, 60_000);

  it('gives empty texts for a mail with only a file', async () => {
    const raw = await buildInboundEmail({
      from: 'a@x.example',
      to: 'support@aitima.test',
      subject: 'scan',
      attachments: [{ filename: 'scan.pdf', content: Buffer.from('%PDF-1.4\n') }],
    });
    const email = await parseInboundEmail(raw);
    expect([email.text, email.replyText, email.attachments.length]).toEqual(['', '', 1]);
  });
});

describe('parseInboundEmail: malformed mail', () => {
  it('salvages the text and the partial file of a truncated multipart', async () => {
    const raw = crlf([
      'From: a@x.example',
      'Subject: truncated',
      'Content-Type: multipart/mixed; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Το κείμενο φτάνει.',
      '--b',
      'Content-Type: application/pdf; name="a.pdf"',
      'Content-Transfer-Encoding: base64',
      '',
      'JVBERi0xLjQK',
    ]);
    const email = await parseInboundEmail(raw);
    expect(email.text).toBe('Το κείμενο φτάνει.');
    expect(email.attachments.map((file) => [file.fileName, file.content.toString()])).toEqual([
      ['a.pdf', '%PDF-1.4\n'],
    ]);
  });

  it('salvages a multipart whose boundary parameter is missing', async () => {
    const raw = crlf([
      'From: a@x.example',
      'Subject: no boundary',
      'Content-Type: multipart/mixed',
      '',
      '------=_Part_1',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Χωρίς boundary.',
      '------=_Part_1',
      'Content-Type: text/plain; name="notes.txt"',
      'Content-Disposition: attachment',
      '',
      'notes',
      '------=_Part_1--',
      '',
    ]);
    const email = await parseInboundEmail(raw);
    expect(email.text).toBe('Χωρίς boundary.');
    expect(email.attachments.map((file) => file.fileName)).toEqual(['notes.txt']);
  });

  it('reads what it can past garbage headers', async () => {
    const raw = crlf([
      'From mbox-line Thu Dec  3 10:15:00 2026',
      '\u0001\u0002: ::',
      'no colon here',
      'From: <A@X.example>',
      'Subject: =?bogus?Q?abc?=',
      'Content-Type: ;;;',
      '',
      'Body survives',
    ]);
    const email = await parseInboundEmail(raw);
    expect(email.from).toEqual({ address: 'a@x.example', name: '' });
    expect(email.text).toBe('Body survives');
  });

  it('reads a mail with more parts than the parser allows as plain text', async () => {
    const parts = Array.from(
      { length: 1_100 },
      (_, i) => `--b\r\nContent-Type: text/plain\r\n\r\npart ${i}`,
    );
    const raw = crlf([
      'From: a@x.example',
      'Subject: many parts',
      'Content-Type: multipart/mixed; boundary="b"',
      '',
      ...parts,
      '--b--',
    ]);
    const email = await parseInboundEmail(raw);
    expect(email.subject).toBe('many parts');
    expect(email.text.startsWith('--b\nContent-Type: text/plain\n\npart 0')).toBe(true);
  });

  // Linear-time cleanup: these took minutes with a backtracking pattern; the test's own time-out bounds them.
  it('reads hostile text and HTML (unclosed tags, image links without an end)', async () => {
    const text = `Γεια.\n${' [cid:x'.repeat(150_000)}`;
    const html = `<p>Γεια.</p>${'<script<a<style [cid:'.repeat(120_000)}`;
    const fromText = await parseInboundEmail(
      await buildInboundEmail({ from: 'a@x.example', to: 's@x.example', subject: 's', text }),
    );
    const fromHtml = await parseInboundEmail(
      crlf(['From: a@x.example', 'Subject: s', 'Content-Type: text/html; charset=utf-8', '', html]),
    );
    expect(fromText.text.startsWith('Γεια.\n [cid:x [cid:x')).toBe(true);
    expect(fromHtml.text).toBe('Γεια.');
  }, 60_000);

  it('throws InboundParseError only when nothing can be read', async () => {
    await expect(parseInboundEmail(Buffer.alloc(0))).rejects.toBeInstanceOf(InboundParseError);
    await expect(parseInboundEmail(Buffer.from(' \r\n\r\n'))).rejects.toBeInstanceOf(
      InboundParseError,
    );
    await expect(parseInboundEmail(Buffer.from('garbage'))).rejects.toThrow(
      'No sender, subject, text or file could be read from the mail',
    );
  });
});
