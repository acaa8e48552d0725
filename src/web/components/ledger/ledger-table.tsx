import { Anchor, Badge, Button, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LedgerEntry } from '../../../shared/api/ledger';
import { currentLocale } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { formatHoursDecimalDelta } from '../hours/hours-format';
import { formatPeriodDays } from '../hours/period-text';
import { DisputeThread } from './dispute-thread';

interface LedgerTableProps {
  entries: LedgerEntry[];
  canReply: boolean;
  canResolve: boolean;
  onDispute: (entry: LedgerEntry) => void;
}

/** The lines of «Κίνηση ωρών», each with why it moved, and its dispute under it. */
export function LedgerTable({ entries, canReply, canResolve, onDispute }: LedgerTableProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing="xs" striped={false} aria-label={t('ledger.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('ledger.columns.at')}</Table.Th>
            <Table.Th>{t('ledger.columns.kind')}</Table.Th>
            <Table.Th>{t('ledger.columns.what')}</Table.Th>
            <Table.Th>{t('ledger.columns.period')}</Table.Th>
            <Table.Th>{t('ledger.columns.reason')}</Table.Th>
            <Table.Th ta="right">{t('ledger.columns.minutes')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('ledger.columns.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Fragment key={entry.id}>
              <Table.Tr data-testid="ledger-line">
                <Table.Td>
                  <Text size="sm">{formatDateTime(entry.at, locale)}</Text>
                  <Text size="xs" c="dimmed">
                    {entry.actor?.name ?? ''}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{t(`ledger.kinds.${entry.kind}`)}</Text>
                  {entry.isLate && (
                    <Badge size="xs" color="orange" variant="light" tt="none">
                      {t('ledger.late')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {entry.ticket && (
                    <Anchor component={Link} to={`/tickets/${entry.ticket.number}`} size="sm">
                      #{entry.ticket.number}
                    </Anchor>
                  )}
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {entry.description ?? entry.ticket?.subject ?? ''}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{entry.packageName}</Text>
                  <Text size="xs" c="dimmed">
                    {formatPeriodDays(
                      t,
                      { startDate: entry.periodStartDate, lastDate: entry.periodLastDate },
                      locale,
                    )}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {entry.reason ?? '—'}
                  </Text>
                </Table.Td>
                <Table.Td ta="right" className="aitima-figures">
                  <Text size="sm" fw={600} c={entry.minutes < 0 ? 'teal.8' : undefined}>
                    {formatHoursDecimalDelta(entry.minutes)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {entry.abilities.dispute && (
                    <Button size="xs" variant="default" onClick={() => onDispute(entry)}>
                      {t('ledger.dispute.action')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
              {entry.dispute && (
                <Table.Tr>
                  <Table.Td colSpan={7}>
                    <Stack gap={0}>
                      <DisputeThread
                        dispute={entry.dispute}
                        canReply={canReply}
                        canResolve={canResolve}
                      />
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              )}
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
