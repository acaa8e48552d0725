import { Button, Paper, Stack, useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AUDIT_PAGE_SIZE, type AuditFilter, auditCsvPath, useAuditLog } from '../../api/audit';
import { AuditFilters } from '../../components/audit/audit-filters';
import { AuditResults } from '../../components/audit/audit-results';
import { PageHeader } from '../../components/feedback/page-header';
import { IconDownload } from '../../components/icons';

// Address-bar names of the filters (so back, forward and reload keep them).
const NAMES = {
  companyId: 'company',
  userId: 'user',
  action: 'kind',
  from: 'from',
  to: 'to',
} as const satisfies Record<keyof AuditFilter, string>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const KIND = /^[a-z_]+(\.[a-z_]+)?$/;

function filterOf(params: URLSearchParams): AuditFilter {
  const read = (key: keyof AuditFilter, pattern: RegExp) => {
    const value = params.get(NAMES[key]);
    return value && pattern.test(value) ? value : undefined;
  };
  return {
    companyId: read('companyId', UUID),
    userId: read('userId', UUID),
    action: read('action', KIND),
    from: read('from', DAY),
    to: read('to', DAY),
  };
}

/** «Ιστορικό ενεργειών» (admin): who did what and when, filtered, paged, exported as CSV. */
export default function AuditPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => filterOf(params), [params]);
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  // Below «sm» the log is a list of cards (see AuditResults): shorter pages there.
  const { breakpoints } = useMantineTheme();
  const isPhone = useMediaQuery(`(max-width: ${breakpoints.sm})`, false, {
    getInitialValueInEffect: false,
  });
  const log = useAuditLog(filter, page, isPhone ? AUDIT_PAGE_SIZE.cards : AUDIT_PAGE_SIZE.table);

  const knownUsers = useMemo(() => {
    const names = new Map<string, string>();
    for (const entry of log.data?.items ?? []) {
      if (entry.actor) names.set(entry.actor.id, entry.actor.name);
    }
    return names;
  }, [log.data]);

  const change = (next: Partial<AuditFilter>) => {
    const search = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      const name = NAMES[key as keyof AuditFilter];
      if (value) search.set(name, value);
      else search.delete(name);
    }
    search.delete('page');
    setParams(search);
  };
  const goToPage = (next: number) => {
    const search = new URLSearchParams(params);
    search.set('page', String(next));
    setParams(search);
    window.scrollTo({ top: 0 });
  };

  return (
    <>
      <PageHeader
        title={t('staff.audit.title')}
        subtitle={t('staff.audit.description')}
        actions={
          <Button
            component="a"
            href={auditCsvPath(filter)}
            download
            variant="default"
            leftSection={<IconDownload size={18} />}
          >
            {t('audit.export')}
          </Button>
        }
      />
      <Stack gap="md">
        <Paper withBorder shadow="xs" p="md">
          <AuditFilters filter={filter} knownUsers={knownUsers} onChange={change} />
        </Paper>
        <Paper withBorder shadow="xs" p="md">
          <AuditResults
            result={log}
            onPage={goToPage}
            onFilterUser={(userId) => change({ userId })}
          />
        </Paper>
      </Stack>
    </>
  );
}
