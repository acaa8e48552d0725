import { Button, Card, Collapse, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { AuditAction, AuditActor, AuditData, AuditEntity } from './audit-entry-parts';
import type { AuditRowsProps } from './audit-table';

/** The log as cards, for phones: every field readable without scrolling sideways. */
export function AuditCards({ entries, expanded, onToggle, onFilterUser }: AuditRowsProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Stack gap="sm">
      {entries.map((entry) => {
        const isOpen = expanded.has(entry.id);
        return (
          <Card key={entry.id} padding="md" radius="md">
            <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
              <AuditAction action={entry.action} />
              <Text size="xs" c="dimmed" component="time" dateTime={entry.createdAt} ta="right">
                {formatDateTime(entry.createdAt, locale)}
              </Text>
            </Group>
            <Stack gap={6} mt="sm">
              <AuditActor actor={entry.actor} apiToken={entry.apiToken} onFilter={onFilterUser} />
              <Text size="sm" c="dimmed">
                {[entry.company?.name, entry.ip].filter(Boolean).join(' · ') || t('common.notSet')}
              </Text>
              <AuditEntity entry={entry} />
            </Stack>
            {entry.data && (
              <>
                <Button
                  variant="subtle"
                  size="compact-sm"
                  mt="xs"
                  w="fit-content"
                  aria-expanded={isOpen}
                  onClick={() => onToggle(entry.id)}
                >
                  {isOpen ? t('audit.hideDetails') : t('audit.showDetails')}
                </Button>
                <Collapse expanded={isOpen}>
                  <AuditData data={entry.data} />
                </Collapse>
              </>
            )}
          </Card>
        );
      })}
    </Stack>
  );
}
