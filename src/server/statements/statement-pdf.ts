import { createRequire } from 'node:module';
import path from 'node:path';
import pdfmake from 'pdfmake';
import type { TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { StatementFigures } from '../../shared/api/statements.js';
import { formatEuros, formatHoursDecimal, localDateOf } from '../../shared/hours/index.js';
import type { Locale } from '../../shared/roles.js';
import { KIND_WORDS } from '../ledger/ledger-csv.js';

// DejaVu Sans has every Greek glyph; pdfmake embeds (a subset of) it in each file.
const fontDir = path.join(
  path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
  'ttf',
);
let fontsReady = false;

function registerFonts(): void {
  if (fontsReady) return;
  pdfmake.setFonts({
    DejaVuSans: {
      normal: path.join(fontDir, 'DejaVuSans.ttf'),
      bold: path.join(fontDir, 'DejaVuSans-Bold.ttf'),
      italics: path.join(fontDir, 'DejaVuSans-Oblique.ttf'),
      bolditalics: path.join(fontDir, 'DejaVuSans-BoldOblique.ttf'),
    },
  });
  // Only our own font files are read; nothing in a statement may reach the network or disk.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file: string) => path.resolve(file).startsWith(fontDir));
  fontsReady = true;
}

const WORDS = {
  el: {
    title: 'Κατάσταση ωρών',
    period: 'Περίοδος',
    opening: 'Υπόλοιπο έναρξης',
    allowance: 'Ώρες περιόδου',
    charged: 'Χρεωμένες εργασίες',
    adjustments: 'Διορθώσεις ωρών περιόδου',
    corrections: 'Διορθώσεις προηγούμενων περιόδων',
    closing: 'Υπόλοιπο κλεισίματος',
    overage: 'Υπέρβαση',
    overageCharge: 'Χρέωση υπέρβασης',
    byTicket: 'Χρέωση ανά αίτημα',
    noTicket: 'Χωρίς αίτημα',
    lines: 'Κινήσεις',
    issued: 'Εκδόθηκε',
    hours: 'Ώρες',
  },
  en: {
    title: 'Statement of hours',
    period: 'Period',
    opening: 'Opening balance',
    allowance: 'Hours of the period',
    charged: 'Charged tasks',
    adjustments: 'Adjustments in the period',
    corrections: 'Corrections to earlier periods',
    closing: 'Closing balance',
    overage: 'Overage',
    overageCharge: 'Overage charge',
    byTicket: 'Charged by request',
    noTicket: 'No request',
    lines: 'Movements',
    issued: 'Issued',
    hours: 'Hours',
  },
} as const;

const day = (date: string) => date.split('-').reverse().join('/');

/** A statement as a PDF (A4), in the reader's language; figures as decimal hours with their unit («1,75 ώρες»), as in every table. */
export async function statementPdf(
  figures: StatementFigures,
  issuedAt: Date,
  locale: Locale,
): Promise<Buffer> {
  registerFonts();
  const w = WORDS[locale];
  const row = (label: string, minutes: number, bold = false) => [
    { text: label, bold },
    { text: formatHoursDecimal(minutes, locale), alignment: 'right' as const, bold },
  ];
  const doc: TDocumentDefinitions = {
    pageSize: 'A4',
    defaultStyle: { font: 'DejaVuSans', fontSize: 10 },
    info: { title: `${w.title} ${figures.packageName} ${figures.periodStartDate}` },
    content: [
      { text: w.title, fontSize: 18, bold: true, margin: [0, 0, 0, 6] },
      { text: `${figures.companyName} · ${figures.packageName}`, fontSize: 12 },
      {
        text: `${w.period}: ${day(figures.periodStartDate)} – ${day(figures.periodLastDate)} · ${w.issued}: ${issuedAt.toISOString().slice(0, 10)}`,
        margin: [0, 2, 0, 12],
        color: '#555555',
      },
      {
        table: {
          widths: ['*', 80],
          body: [
            [
              { text: '', bold: true },
              { text: w.hours, alignment: 'right', color: '#555555' },
            ],
            row(w.opening, figures.openingBalanceMinutes),
            row(w.allowance, figures.allowanceMinutes),
            row(w.charged, -figures.chargedMinutes),
            row(w.adjustments, -figures.adjustmentMinutes),
            row(w.corrections, -figures.correctionMinutes),
            row(w.closing, figures.closingBalanceMinutes, true),
            row(w.overage, figures.overageMinutes, true),
            ...(figures.overageChargeCents == null || figures.overageRatePerHour == null
              ? []
              : [
                  [
                    {
                      text: `${w.overageCharge} (${formatEuros(Math.round(figures.overageRatePerHour * 100), locale)}/h)`,
                      bold: true,
                    },
                    {
                      text: formatEuros(figures.overageChargeCents, locale),
                      alignment: 'right' as const,
                      bold: true,
                    },
                  ],
                ]),
          ],
        },
        layout: 'lightHorizontalLines',
        margin: [0, 0, 0, 16],
      },
      { text: w.byTicket, bold: true, margin: [0, 0, 0, 4] },
      {
        table: {
          widths: ['*', 80],
          body: figures.byTicket
            .map((ticket) => [
              ticket.ticketNumber === null
                ? w.noTicket
                : `#${ticket.ticketNumber} ${ticket.subject ?? ''}`,
              { text: formatHoursDecimal(ticket.minutes, locale), alignment: 'right' as const },
            ])
            .concat(figures.byTicket.length === 0 ? [['—', '']] : []) as TableCell[][],
        },
        layout: 'lightHorizontalLines',
        margin: [0, 0, 0, 16],
      },
      { text: w.lines, bold: true, margin: [0, 0, 0, 4] },
      {
        fontSize: 8,
        table: {
          widths: [60, 90, '*', 60],
          body: figures.lines
            .map((line) => [
              day(localDateOf(new Date(line.chargedAt), figures.timeZone)),
              KIND_WORDS[locale][line.kind],
              [
                line.ticketNumber === null ? '' : `#${line.ticketNumber}`,
                line.description,
                line.reason,
              ]
                .filter(Boolean)
                .join(' · '),
              { text: formatHoursDecimal(line.minutes, locale), alignment: 'right' as const },
            ])
            .concat(figures.lines.length === 0 ? [['—', '', '', '']] : []) as TableCell[][],
        },
        layout: 'lightHorizontalLines',
      },
    ],
  };
  return pdfmake.createPdf(doc).getBuffer();
}
