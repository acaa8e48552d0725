import {
  Button,
  Group,
  Pagination,
  Paper,
  Select,
  Skeleton,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DISPUTE_MESSAGE_MAX, type LedgerEntry } from '../../../shared/api/ledger';
import { useMe } from '../../api/auth';
import { ledgerCsvPath, useLedger, useOpenDispute } from '../../api/ledger';
import { EmptyPlaceholder } from '../../components/feedback/empty-placeholder';
import { PageHeader } from '../../components/feedback/page-header';
import { QueryError } from '../../components/feedback/query-error';
import { TextModal } from '../../components/form/text-modal';
import { formatHoursDelta } from '../../components/hours/hours-format';
import { formatPeriodDays } from '../../components/hours/period-text';
import { IconChecklist, IconDownload, IconPlus } from '../../components/icons';
import { AdjustModal } from '../../components/ledger/adjust-modal';
import { LedgerTable } from '../../components/ledger/ledger-table';
import { currentLocale } from '../../i18n';

const PAGE_SIZE = 50;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const valid = (value: string | null, pattern: RegExp) =>
  value && pattern.test(value) ? value : undefined;

/**
 * «Κίνηση ωρών»: every movement of the company's hours, newest first, with why;
 * filters (period, ticket) in the address bar; «Αμφισβήτηση» for a company_admin.
 * Staff reach it from a company's page (?company=…) and can adjust hours there.
 */
export default function LedgerPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const me = useMe().data;
  const [search, setSearch] = useSearchParams();
  const isStaff = Boolean(me?.abilities.useStaffConsole);
  const companyId = isStaff ? valid(search.get('company'), UUID) : undefined;
  const period = search.get('period') ?? '';
  const [subscriptionId, periodStartDate] = period.split('|');
  const ticketNumber = Number.parseInt(search.get('ticket') ?? '', 10) || undefined;
  const page = Math.max(1, Number.parseInt(search.get('page') ?? '1', 10) || 1);
  const filter = {
    companyId,
    subscriptionId: subscriptionId || undefined,
    periodStartDate,
    ticketNumber,
  };
  const ledger = useLedger({ ...filter, page, pageSize: PAGE_SIZE });
  const [disputed, setDisputed] = useState<LedgerEntry | null>(null);
  const [adjusting, setAdjusting] = useState(false);
  const openDispute = useOpenDispute();

  const set = (name: string, value: string | undefined) =>
    setSearch((current) => {
      const params = new URLSearchParams(current);
      if (value) params.set(name, value);
      else params.delete(name);
      if (name !== 'page') params.delete('page');
      return params;
    });
  const data = ledger.data;

  return (
    <>
      <PageHeader
        title={t('ledger.title')}
        subtitle={t('ledger.subtitle')}
        actions={
          <Group gap="xs">
            {data?.abilities.adjust && companyId && (
              <Button leftSection={<IconPlus size={18} />} onClick={() => setAdjusting(true)}>
                {t('ledger.adjust.action')}
              </Button>
            )}
            <Button
              component={Link}
              to={companyId ? `/hours/statements?company=${companyId}` : '/hours/statements'}
              variant="default"
            >
              {t('statements.title')}
            </Button>
            <Button
              component="a"
              href={ledgerCsvPath(filter)}
              download
              variant="default"
              leftSection={<IconDownload size={18} />}
            >
              {t('ledger.export')}
            </Button>
          </Group>
        }
      />
      <Paper withBorder shadow="xs" p="md">
        <Stack gap="md">
          <Group gap="sm" align="flex-end">
            <Select
              label={t('ledger.filters.period')}
              placeholder={t('ledger.filters.anyPeriod')}
              clearable
              w={320}
              data={(data?.periods ?? []).map((p) => ({
                value: `${p.subscriptionId}|${p.periodStartDate}`,
                label: `${p.packageName} · ${formatPeriodDays(t, { startDate: p.periodStartDate, lastDate: p.periodLastDate }, locale)}`,
              }))}
              value={period || null}
              onChange={(value) => set('period', value ?? undefined)}
            />
            <TextInput
              label={t('ledger.filters.ticket')}
              placeholder="1001"
              inputMode="numeric"
              w={140}
              defaultValue={ticketNumber ? String(ticketNumber) : ''}
              onBlur={(event) =>
                set('ticket', event.currentTarget.value.replace(/\D/g, '') || undefined)
              }
              onKeyDown={(event) => {
                if (event.key === 'Enter')
                  set('ticket', event.currentTarget.value.replace(/\D/g, '') || undefined);
              }}
            />
            {data && (
              <Text size="sm" c="dimmed" aria-live="polite" ml="auto">
                {t('ledger.total', {
                  count: data.total,
                  minutes: formatHoursDelta(data.totalMinutes),
                })}
              </Text>
            )}
          </Group>
          {ledger.isPending ? (
            <Stack gap="sm" aria-busy="true" aria-label={t('common.loading')}>
              {[1, 2, 3].map((row) => (
                <Skeleton key={row} h={44} radius="sm" />
              ))}
            </Stack>
          ) : ledger.isError ? (
            <QueryError
              error={ledger.error}
              title={t('ledger.loadFailed')}
              onRetry={() => void ledger.refetch()}
            />
          ) : ledger.data.items.length === 0 ? (
            <EmptyPlaceholder
              order={2}
              icon={<IconChecklist size={28} />}
              title={t('ledger.emptyTitle')}
              description={t('ledger.emptyText')}
            />
          ) : (
            <Stack gap="md" style={{ opacity: ledger.isPlaceholderData ? 0.6 : 1 }}>
              <LedgerTable
                entries={ledger.data.items}
                canReply={isStaff || me?.role === 'company_admin'}
                canResolve={isStaff}
                onDispute={(entry) => {
                  openDispute.reset();
                  setDisputed(entry);
                }}
              />
              <Pagination
                total={Math.max(1, Math.ceil(ledger.data.total / PAGE_SIZE))}
                value={page}
                onChange={(next) => set('page', next > 1 ? String(next) : undefined)}
                hideWithOnePage
                size="sm"
              />
            </Stack>
          )}
        </Stack>
      </Paper>
      <TextModal
        opened={disputed !== null}
        title={t('ledger.dispute.modalTitle')}
        text={t('ledger.dispute.modalText')}
        label={t('ledger.dispute.comment')}
        field="comment"
        maxLength={DISPUTE_MESSAGE_MAX}
        confirmLabel={t('ledger.dispute.submit')}
        loading={openDispute.isPending}
        error={openDispute.error}
        onClose={() => setDisputed(null)}
        onConfirm={(comment) =>
          disputed &&
          openDispute.mutate(
            { entryId: disputed.id, comment },
            { onSuccess: () => setDisputed(null) },
          )
        }
      />
      {companyId && (
        <AdjustModal companyId={companyId} opened={adjusting} onClose={() => setAdjusting(false)} />
      )}
    </>
  );
}
