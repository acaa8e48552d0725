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
  onFilter,
}: {
  actor: AuditEntry['actor'];
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
      <Text size="xs" c="dimmed">
        <EmailAddress email={actor.email} />
      </Text>
    </Stack>
  );
}

/**
 * What the action was about: «Αίτημα #1017» as a link, «Ο ίδιος ο χρήστης» for one's own
 * account, otherwise its kind with a button that copies its full id (shown in the tooltip).
 */
export function AuditEntity({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const { entityType, entityId } = entry;
  if (!entityType) return <Text size="sm">{t('common.notSet')}</Text>;
  // Tickets are recorded by their number, the one people use.
  if (entityType === 'ticket' && entityId && /^\d+$/.test(entityId)) {
    return (
      <Anchor component={Link} to={`/tickets/${entityId}`} size="sm">
        {t('audit.ticketNumber', { number: entityId })}
      </Anchor>
    );
  }
  if (entityType === 'user' && entityId && entityId === entry.actor?.id) {
    return <Text size="sm">{t('audit.self')}</Text>;
  }
  return (
    <Group gap={4} wrap="nowrap">
      <Text size="sm">{auditEntityLabel(t, entityType)}</Text>
      {entityId && <CopyIdButton id={entityId} />}
    </Group>
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
