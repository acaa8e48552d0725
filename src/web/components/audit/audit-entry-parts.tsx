import { ActionIcon, Anchor, Code, CopyButton, Group, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AuditEntry } from '../../../shared/api/audit';
import { EmailAddress } from '../emails/email-address';
import { IconCircleCheck, IconCopy } from '../icons';
import { auditActionLabel, auditEntityLabel } from './audit-labels';

/** The action in words; an action the locale files do not know yet shows its code. */
export function AuditAction({ action }: { action: string }) {
  const { t } = useTranslation();
  const label = auditActionLabel(t, action);
  return label ? (
    <Text size="sm" fw={600} title={action}>
      {label}
    </Text>
  ) : (
    <Text size="sm" className="aitima-figures" style={{ overflowWrap: 'anywhere' }}>
      {action}
    </Text>
  );
}

/** Who did it: a button that narrows the log to them, or «Σύστημα» when nobody was signed in. */
export function AuditActor({
  actor,
  apiToken,
  onFilter,
}: {
  actor: AuditEntry['actor'];
  /** The API key the actor acted through, shown as «μέσω κλειδιού “…”». */
  apiToken?: AuditEntry['apiToken'];
  onFilter: (userId: string) => void;
}) {
  const { t } = useTranslation();
  if (!actor) {
    return (
      <Text size="sm" c="dimmed">
        {t('audit.noActor')}
      </Text>
    );
  }
  return (
    <Stack gap={0}>
      <Anchor
        component="button"
        type="button"
        size="sm"
        fw={600}
        ta="left"
        title={t('audit.filterByUser')}
        onClick={() => onFilter(actor.id)}
      >
        {actor.name}
      </Anchor>
      {apiToken && (
        <Text size="xs" fs="italic">
          {t('apiTokens.audit.via', { name: apiToken.name })}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        <EmailAddress email={actor.email} />
      </Text>
    </Stack>
  );
}

/** Where an entity's own page is, when it has one. */
function entityPath(entry: AuditEntry): string | null {
  const { entityType, entityId } = entry;
  if (!entityId) return null;
  if (entityType === 'company') return `/staff/companies/${entityId}`;
  if (entityType === 'subscription' && entry.company) return `/staff/companies/${entry.company.id}`;
  if (entityType === 'package') return '/staff/packages';
  return null;
}

/**
 * What the action was about: «Αίτημα #1017» as a link, «Ο ίδιος ο χρήστης» for one's own
 * account, otherwise its kind above its name as it is now (a link where it has a page, a
 * task with its ticket), and a button that copies its full id (shown in the tooltip).
 */
export function AuditEntity({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const { entityType, entityId, entityName, entityTicketNumber } = entry;
  if (!entityType) return <Text size="sm">{t('common.notSet')}</Text>;
  // Tickets are recorded by their number, the one people use.
  if (entityType === 'ticket' && entityId && /^\d+$/.test(entityId)) {
    return <TicketLink number={entityId} />;
  }
  if (entityType === 'user' && entityId && entityId === entry.actor?.id) {
    return <Text size="sm">{t('audit.self')}</Text>;
  }
  const path = entityPath(entry);
  return (
    <Stack gap={0}>
      <Group gap={4} wrap="nowrap">
        <Text size={entityName ? 'xs' : 'sm'} c={entityName ? 'dimmed' : undefined}>
          {auditEntityLabel(t, entityType)}
        </Text>
        {entityId && <CopyIdButton id={entityId} />}
      </Group>
      {entityName &&
        (path ? (
          <Anchor component={Link} to={path} size="sm" style={{ overflowWrap: 'anywhere' }}>
            {entityName}
          </Anchor>
        ) : (
          <Text size="sm" lineClamp={2} title={entityName} style={{ overflowWrap: 'anywhere' }}>
            {entityName}
          </Text>
        ))}
      {entityTicketNumber !== null && <TicketLink number={entityTicketNumber} size="xs" />}
    </Stack>
  );
}

function TicketLink({ number, size = 'sm' }: { number: number | string; size?: 'sm' | 'xs' }) {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={`/tickets/${number}`} size={size}>
      {t('audit.ticketNumber', { number })}
    </Anchor>
  );
}

/** A small copy button; its tooltip shows the whole id. */
function CopyIdButton({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <CopyButton value={id} timeout={2000}>
      {({ copied, copy }) => (
        <Tooltip
          label={copied ? t('audit.idCopied') : id}
          withArrow
          openDelay={200}
          styles={{ tooltip: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        >
          <ActionIcon
            variant="subtle"
            color={copied ? 'teal' : 'gray'}
            size="sm"
            aria-label={t('audit.copyId', { id })}
            onClick={copy}
          >
            {copied ? <IconCircleCheck size={14} /> : <IconCopy size={14} />}
          </ActionIcon>
        </Tooltip>
      )}
    </CopyButton>
  );
}

/** The entry's details (old and new values, reasons) as indented JSON. */
export function AuditData({ data }: { data: AuditEntry['data'] }) {
  return (
    <Code
      block
      style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', maxHeight: 360, overflow: 'auto' }}
    >
      {JSON.stringify(data, null, 2)}
    </Code>
  );
}
