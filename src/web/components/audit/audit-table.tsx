import { Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../shared/api/audit';
import { currentLocale } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { AuditAction, AuditActor, AuditData, AuditEntity } from './audit-entry-parts';

export interface AuditRowsProps {
  entries: AuditEntry[];
  expanded: ReadonlySet<number>;
  onToggle: (id: number) => void;
  onFilterUser: (userId: string) => void;
}

const NOWRAP = { whiteSpace: 'nowrap' } as const;

/** The log as a table (tablets and up); «Λεπτομέρειες» opens a row's data below it. */
export function AuditTable({ entries, expanded, onToggle, onFilterUser }: AuditRowsProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table verticalSpacing="sm" horizontalSpacing="sm" styles={{ th: NOWRAP }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('audit.columns.time')}</Table.Th>
            <Table.Th>{t('audit.columns.actor')}</Table.Th>
            <Table.Th>{t('audit.columns.company')}</Table.Th>
            <Table.Th>{t('audit.columns.action')}</Table.Th>
            <Table.Th>{t('audit.columns.entity')}</Table.Th>
            <Table.Th>{t('audit.columns.ip')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('audit.columns.details')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => {
            const isOpen = expanded.has(entry.id);
            return (
              <Fragment key={entry.id}>
                <Table.Tr bg={isOpen ? 'var(--mantine-color-gray-0)' : undefined}>
                  <Table.Td style={NOWRAP}>
                    <Text size="sm" component="time" dateTime={entry.createdAt}>
                      {formatDateTime(entry.createdAt, locale)}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ minWidth: 190 }}>
                    <AuditActor
                      actor={entry.actor}
                      apiToken={entry.apiToken}
                      onFilter={onFilterUser}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{entry.company?.name ?? t('common.notSet')}</Text>
                  </Table.Td>
                  <Table.Td style={{ minWidth: 170 }}>
                    <AuditAction action={entry.action} />
                  </Table.Td>
                  <Table.Td style={{ minWidth: 150 }}>
                    <AuditEntity entry={entry} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" className="aitima-figures" style={NOWRAP}>
                      {entry.ip ?? t('common.notSet')}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    {entry.data && (
                      <Button
                        variant="subtle"
                        size="compact-sm"
                        aria-expanded={isOpen}
                        aria-controls={`audit-data-${entry.id}`}
                        onClick={() => onToggle(entry.id)}
                      >
                        {isOpen ? t('audit.hideDetails') : t('audit.showDetails')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
                {isOpen && entry.data && (
                  <Table.Tr id={`audit-data-${entry.id}`} bg="var(--mantine-color-gray-0)">
                    <Table.Td colSpan={7}>
                      <AuditData data={entry.data} />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
