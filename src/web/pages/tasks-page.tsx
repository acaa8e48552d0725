import { Button, Group, Pagination, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMe } from '../api/auth';
import { pastTasksCsvPath, usePastTasks } from '../api/tasks';
import { EmptyPlaceholder } from '../components/feedback/empty-placeholder';
import { PageHeader } from '../components/feedback/page-header';
import { QueryError } from '../components/feedback/query-error';
import { IconChecklist, IconDownload } from '../components/icons';
import { type PastTaskFilter, PastTaskFilters } from '../components/tasks/past-task-filters';
import { PastTaskTable } from '../components/tasks/past-task-table';
import { PastTaskTotals } from '../components/tasks/past-task-totals';

const PAGE_SIZE = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

const valid = (value: string | null, pattern: RegExp) =>
  value && pattern.test(value) ? value : undefined;

/**
 * «Όλες οι εργασίες»: every finished task of the company, newest first, by
 * package and month, a page at a time; the filters live in the address bar.
 * Staff reach it from a company's central screen (?company=…).
 */
export default function TasksPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const [search, setSearch] = useSearchParams();
  const isStaff = Boolean(me?.abilities.useStaffConsole);
  const companyId = isStaff ? valid(search.get('company'), UUID) : me?.company?.id;
  const filter: PastTaskFilter = {
    subscriptionId: valid(search.get('package'), UUID),
    month: valid(search.get('month'), MONTH),
  };
  const page = Math.max(1, Number.parseInt(search.get('page') ?? '1', 10) || 1);
  const tasks = usePastTasks({
    companyId: isStaff ? companyId : undefined,
    ...filter,
    page,
    pageSize: PAGE_SIZE,
  });

  const change = useCallback(
    (next: PastTaskFilter & { page?: number }) =>
      setSearch((current) => {
        const params = new URLSearchParams(current);
        for (const [key, name] of [
          ['subscriptionId', 'package'],
          ['month', 'month'],
        ] as const) {
          if (key in next) {
            const value = next[key];
            if (value) params.set(name, value);
            else params.delete(name);
          }
        }
        if (next.page && next.page > 1) params.set('page', String(next.page));
        else params.delete('page');
        return params;
      }),
    [setSearch],
  );

  const data = tasks.data;
  const pageCount = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  const first = (page - 1) * PAGE_SIZE + 1;
  const filtered = Boolean(filter.subscriptionId || filter.month);
  // One package for every row (chosen in the filter, or the only one): said once, above.
  const packages = new Set(data?.items.map((task) => task.packageName));
  const onePackage = packages.size === 1 ? [...packages][0] : undefined;

  return (
    <>
      <PageHeader
        title={t('tasks.list.title')}
        subtitle={t('tasks.list.subtitle')}
        actions={
          <Button
            component="a"
            href={pastTasksCsvPath({ companyId: isStaff ? companyId : undefined, ...filter })}
            download
            variant="default"
            leftSection={<IconDownload size={18} />}
            title={t('tasks.list.exportHint')}
          >
            {t('tasks.list.export')}
          </Button>
        }
      />
      <Paper withBorder shadow="xs" p="md">
        <Stack gap="md">
          <PastTaskFilters companyId={companyId} filter={filter} onChange={change} />
          {tasks.isPending ? (
            <Stack gap="sm" aria-busy="true" aria-label={t('common.loading')}>
              {[1, 2, 3, 4].map((row) => (
                <Skeleton key={row} h={44} radius="sm" />
              ))}
            </Stack>
          ) : tasks.isError ? (
            <QueryError
              error={tasks.error}
              title={t('tasks.list.loadFailed')}
              onRetry={() => void tasks.refetch()}
            />
          ) : tasks.data.items.length === 0 ? (
            <EmptyPlaceholder
              order={2}
              icon={<IconChecklist size={28} />}
              title={t(filtered ? 'tasks.list.noMatchesTitle' : 'dashboard.pastTasks.emptyTitle')}
              description={t(
                filtered ? 'tasks.list.noMatchesText' : 'dashboard.pastTasks.emptyText',
              )}
            />
          ) : (
            <Stack gap="md" style={{ opacity: tasks.isPlaceholderData ? 0.6 : 1 }}>
              <PastTaskTotals totals={tasks.data.totals} packageName={onePackage} />
              <PastTaskTable
                tasks={tasks.data.items}
                withCompany={isStaff && !companyId}
                withPackage={onePackage === undefined}
              />
              <Group justify="space-between" gap="sm">
                <Text size="sm" c="dimmed" aria-live="polite">
                  {tasks.data.total <= PAGE_SIZE
                    ? t('tasks.list.count', { count: tasks.data.total })
                    : t('tasks.list.showing', {
                        first,
                        last: first + tasks.data.items.length - 1,
                        count: tasks.data.total,
                      })}
                </Text>
                <Pagination
                  total={pageCount}
                  value={page}
                  onChange={(next) => change({ page: next })}
                  hideWithOnePage
                  size="sm"
                  siblings={1}
                  getControlProps={(control) => ({
                    'aria-label': t(`tickets.list.pages.${control}`),
                  })}
                  getItemProps={(number) => ({
                    'aria-label': t('tickets.list.pages.page', { number }),
                  })}
                />
              </Group>
            </Stack>
          )}
        </Stack>
      </Paper>
    </>
  );
}
