import { Button, Group, Paper, SegmentedControl, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { type CompanyListFilter, useCompanyList } from '../../api/companies';
import { CompanyResults } from '../../components/company/company-results';
import { PageHeader } from '../../components/feedback/page-header';
import { SearchInput } from '../../components/form/search-input';
import { IconPlus } from '../../components/icons';

const SHOW = ['active', 'archived', 'all'] as const;
type Show = (typeof SHOW)[number];

/** «Επιχειρήσεις» (staff): search by name or ΑΦΜ, active or archived; «Νέα επιχείρηση». */
export default function CompaniesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const show: Show = SHOW.find((value) => value === params.get('show')) ?? 'active';
  const filter: CompanyListFilter = { archived: show, ...(q ? { q } : {}) };
  const companies = useCompanyList(filter);

  const change = (next: { q?: string; show?: Show }) => {
    const search = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      if (value && !(key === 'show' && value === 'active')) search.set(key, value);
      else search.delete(key);
    }
    setParams(search, { replace: next.q !== undefined });
  };

  return (
    <>
      <PageHeader
        title={t('staff.companies.title')}
        subtitle={t('staff.companies.description')}
        actions={
          <Button
            leftSection={<IconPlus size={18} />}
            onClick={() => navigate('/staff/companies/new')}
          >
            {t('companies.new.title')}
          </Button>
        }
      />
      <Paper withBorder shadow="xs" p="md">
        <Stack gap="md">
          <Group gap="sm" wrap="wrap">
            <SearchInput
              value={q}
              onSearch={(next) => change({ q: next })}
              label={t('companies.list.search')}
              placeholder={t('companies.list.searchPlaceholder')}
              clearLabel={t('companies.list.clearSearch')}
              maxLength={100}
            />
            <SegmentedControl
              aria-label={t('companies.list.show')}
              value={show}
              onChange={(value) =>
                change({ show: SHOW.find((item) => item === value) ?? 'active' })
              }
              data={SHOW.map((value) => ({ value, label: t(`companies.list.filter.${value}`) }))}
            />
          </Group>
          <CompanyResults result={companies} isFiltered={q !== '' || show !== 'active'} />
        </Stack>
      </Paper>
    </>
  );
}
