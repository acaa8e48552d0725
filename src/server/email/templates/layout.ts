import type { Locale } from '../../../shared/roles.js';

/** What every email knows of the sending side: the support company's name and where the portal is. */
export interface SiteInfo {
  companyName: string;
  publicUrl: string;
}

/** An email ready for the transport: both bodies and the subject. */
export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/** Escapes text for HTML: every piece of user text goes through this. */
export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Plain text as HTML paragraphs: escaped, line breaks kept. */
export function textToHtml(value: string): string {
  return value
    .split(/\n{2,}/)
    .map(
      (paragraph) =>
        `<p style="margin:0 0 12px">${escapeHtml(paragraph).replaceAll('\n', '<br>')}</p>`,
    )
    .join('');
}

/** One email's content, in words, before it is laid out. */
export interface EmailContent {
  subject: string;
  /** Short plain-text paragraphs; user text is passed as is and escaped here. */
  paragraphs: string[];
  /** A message quoted from the ticket (customer or staff text), shown set apart. */
  quote?: { author: string; body: string };
  action?: { label: string; url: string };
  /** Shown after the button, e.g. "the link works for one hour". */
  note?: string;
  /** A question answered by one of some links, e.g. «Πώς τα πήγαμε;» with good and bad. */
  choices?: EmailChoices;
  footer: string;
}

/** Lays an email out as plain text and as a small, inline-styled HTML page. */
export function renderLayout(locale: Locale, site: SiteInfo, content: EmailContent): RenderedEmail {
  const text = [
    ...content.paragraphs,
    ...(content.quote ? [`${content.quote.author}:`, indent(content.quote.body)] : []),
    ...(content.action ? [`${content.action.label}: ${content.action.url}`] : []),
    ...(content.note ? [content.note] : []),
    ...(content.choices
      ? [
          content.choices.prompt,
          content.choices.links.map((link) => `${link.label}: ${link.url}`).join('\n'),
        ]
      : []),
    '--',
    content.footer,
  ].join('\n\n');

  const quote = content.quote
    ? `<p style="margin:16px 0 4px;color:#555"><strong>${escapeHtml(content.quote.author)}</strong></p>` +
      `<div style="border-left:3px solid #ccd;padding:4px 12px;margin:0 0 16px">${textToHtml(content.quote.body)}</div>`
    : '';
  const action = content.action
    ? `<p style="margin:20px 0"><a href="${escapeHtml(content.action.url)}" style="background:#1c7ed6;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none;display:inline-block">${escapeHtml(content.action.label)}</a></p>` +
      `<p style="margin:0 0 12px;font-size:12px;color:#666;word-break:break-all">${escapeHtml(content.action.url)}</p>`
    : '';
  const choices = content.choices
    ? `<p style="margin:20px 0 8px">${escapeHtml(content.choices.prompt)}</p><p style="margin:0 0 12px">` +
      content.choices.links
        .map(
          (link) =>
            `<a href="${escapeHtml(link.url)}" style="border:1px solid #1c7ed6;color:#1c7ed6;padding:8px 14px;border-radius:4px;text-decoration:none;display:inline-block;margin:0 8px 8px 0">${escapeHtml(link.label)}</a>`,
        )
        .join('') +
      '</p>'
    : '';
  const html = `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(content.subject)}</title></head>
<body style="margin:0;padding:24px;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#222">
<div style="max-width:600px;margin:0 auto;background:#fff;border-radius:6px;padding:24px">
<p style="margin:0 0 20px;font-weight:bold;color:#1c7ed6">${escapeHtml(site.companyName)}</p>
${content.paragraphs.map((paragraph) => textToHtml(paragraph)).join('\n')}
${quote}${action}${content.note ? `<p style="margin:0 0 12px;color:#555">${escapeHtml(content.note)}</p>` : ''}${choices}
<hr style="border:none;border-top:1px solid #e3e3e3;margin:24px 0 12px">
<p style="margin:0;font-size:12px;color:#777">${escapeHtml(content.footer)}</p>
</div>
</body>
</html>
`;
  return { subject: content.subject, text: `${text}\n`, html };
}

const indent = (body: string) =>
  body
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');

/** The link to a ticket in the portal. */
export const ticketUrl = (site: SiteInfo, ticketNumber: number) =>
  `${site.publicUrl}/tickets/${ticketNumber}`;

/** The footer of notification emails: why it came and where to turn it off. */
export function notificationFooter(locale: Locale, site: SiteInfo): string {
  return locale === 'en'
    ? `${site.companyName} support portal. You can choose which emails you get in your profile: ${site.publicUrl}/profile`
    : `Πύλη υποστήριξης ${site.companyName}. Μπορείτε να επιλέξετε ποια email λαμβάνετε από το προφίλ σας: ${site.publicUrl}/profile`;
}

/** A question in an email and the links that answer it. */
export interface EmailChoices {
  prompt: string;
  links: Array<{ label: string; url: string }>;
}

/**
 * Answers by single-use link: each opens `/{page}/{token}?{param}={value}`, a page that
 * records nothing until its button is pressed (so a mail scanner following links decides
 * nothing).
 */
export function singleUseChoices(
  site: SiteInfo,
  link: { page: string; token: string; param: string },
  prompt: string,
  answers: Array<{ value: string; label: string }>,
): EmailChoices {
  const base = `${site.publicUrl}/${link.page}/${encodeURIComponent(link.token)}?${link.param}=`;
  return {
    prompt,
    links: answers.map(({ value, label }) => ({ label, url: `${base}${value}` })),
  };
}
