import { Anchor, Code, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../shared/api/audit';
import { auditActionLabel, auditEntityLabel, shortId } from './audit-labels';

/** The action in words, with its code below (the code alone when it has no translation yet). */
export function AuditAction({ action }: { action: string }) {
  const { t } = useTranslation();
  const label = auditActionLabel(t, action);
  return (
    <Stack gap={0}>
      <Text size="sm" fw={label ? 600 : undefined} ff={label ? undefined : 'monospace'}>
        {label ?? action}
      </Text>
      {label && (
        <Text size="xs" c="dimmed" ff="monospace">
          {action}
        </Text>
      )}
    </Stack>
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
      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {actor.email}
      </Text>
    </Stack>
  );
}

/** «Αίτημα 3f2a…»: what the action was about. */
export function AuditEntity({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  if (!entry.entityType) return <Text size="sm">{t('common.notSet')}</Text>;
  return (
    <Text size="sm" title={entry.entityId ?? undefined}>
      {auditEntityLabel(t, entry.entityType)}
      {entry.entityId && (
        <Text span size="xs" c="dimmed" ff="monospace" ml={6}>
          {shortId(entry.entityId)}
        </Text>
      )}
    </Text>
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
