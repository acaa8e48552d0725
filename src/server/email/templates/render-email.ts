import type { Locale } from '../../../shared/roles.js';
import type { EmailData, EmailKind } from '../email-kinds.js';
import { renderEmailChangeConfirm, renderEmailChangeNotice } from './email-change.js';
import { renderEstimateAdded } from './estimate-added.js';
import { renderHourBlock } from './hour-block.js';
import { renderInvitation } from './invitation.js';
import type { RenderedEmail, SiteInfo } from './layout.js';
import { renderPackageHours } from './package-hours.js';
import { renderPasswordReset } from './password-reset.js';
import { renderStatementIssued } from './statement-issued.js';
import { renderTicketClosed } from './ticket-closed.js';
import { renderTicketMentioned } from './ticket-mentioned.js';
import { renderTicketOpened } from './ticket-opened.js';
import { renderTicketReplied } from './ticket-replied.js';

const renderers: {
  [K in EmailKind]: (data: EmailData[K], locale: Locale, site: SiteInfo) => RenderedEmail;
} = {
  ticket_opened: renderTicketOpened,
  ticket_replied: renderTicketReplied,
  ticket_closed: renderTicketClosed,
  ticket_mentioned: renderTicketMentioned,
  package_hours: renderPackageHours,
  statement_issued: renderStatementIssued,
  invitation: renderInvitation,
  password_reset: renderPasswordReset,
  email_change_confirm: renderEmailChangeConfirm,
  email_change_notice: renderEmailChangeNotice,
  hour_block: renderHourBlock,
  estimate_added: renderEstimateAdded,
};

const isEmailKind = (kind: string): kind is EmailKind => Object.hasOwn(renderers, kind);

/** Renders an outbox row's kind and data in a language; throws for a kind this code does not know. */
export function renderEmail(
  kind: string,
  locale: Locale,
  data: Record<string, unknown>,
  site: SiteInfo,
): RenderedEmail {
  if (!isEmailKind(kind)) throw new Error(`unknown email kind ${kind}`);
  const render = renderers[kind] as (
    data: unknown,
    locale: Locale,
    site: SiteInfo,
  ) => RenderedEmail;
  return render(data, locale, site);
}
