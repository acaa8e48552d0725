import '@mantine/dates/styles.css';
import 'dayjs/locale/el';
import { Button, Select, SimpleGrid, Stack } from '@mantine/core';
import { DatePickerInput, DatesProvider, type DatesRangeValue } from '@mantine/dates';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditFilter } from '../../api/audit';
import { useCompanyList } from '../../api/companies';
import { useStaffUsers } from '../../api/staff';
import { currentLocale } from '../../i18n';
import { AUDIT_KINDS } from './audit-labels';

interface AuditFiltersProps {
  filter: AuditFilter;
  /** Names of users seen in the log, for a user filter set from a row (a customer, say). */
  knownUsers: Map<string, string>;
  onChange: (change: Partial<AuditFilter>) => void;
}

/** Company, user, kind and dates of the audit log; every change starts again from page 1. */
export function AuditFilters({ filter, knownUsers, onChange }: AuditFiltersProps) {
  const { t } = useTranslation();
  const companies = useCompanyList({ archived: 'all' });
  const staff = useStaffUsers();
  const hasFilters = Object.values(filter).some(Boolean);
  // The half-chosen range lives here until its second day is picked.
  const [range, setRange] = useState<DatesRangeValue<string>>([
    filter.from ?? null,
    filter.to ?? null,
  ]);
  useEffect(() => setRange([filter.from ?? null, filter.to ?? null]), [filter.from, filter.to]);

  const users = (staff.data?.items ?? []).map((person) => ({
    value: person.id,
    label: `${person.firstName} ${person.lastName}`,
  }));
  // A user chosen from a row (or the address bar) who is not staff stays choosable.
  if (filter.userId && !users.some((user) => user.value === filter.userId)) {
    users.unshift({ value: filter.userId, label: knownUsers.get(filter.userId) ?? filter.userId });
  }

  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
        <Select
          label={t('audit.filters.company')}
          placeholder={t('audit.filters.anyCompany')}
          size="sm"
          clearable
          searchable
          nothingFoundMessage={t('audit.filters.nothingFound')}
          value={filter.companyId ?? null}
          data={(companies.data?.items ?? []).map((company) => ({
            value: company.id,
            label: company.legalName,
          }))}
          onChange={(value) => onChange({ companyId: value ?? undefined })}
        />
        <Select
          label={t('audit.filters.user')}
          placeholder={t('audit.filters.anyUser')}
          size="sm"
          clearable
          searchable
          nothingFoundMessage={t('audit.filters.nothingFound')}
          value={filter.userId ?? null}
          data={users}
          onChange={(value) => onChange({ userId: value ?? undefined })}
        />
        <Select
          label={t('audit.filters.kind')}
          placeholder={t('audit.filters.anyKind')}
          size="sm"
          clearable
          value={filter.action ?? null}
          data={AUDIT_KINDS.map((kind) => ({ value: kind, label: t(`audit.kinds.${kind}`) }))}
          onChange={(value) => onChange({ action: value ?? undefined })}
        />
        <DatesProvider settings={{ locale: currentLocale(), firstDayOfWeek: 1 }}>
          <DatePickerInput
            type="range"
            label={t('audit.filters.dates')}
            placeholder={t('audit.filters.anyDate')}
            size="sm"
            clearable
            allowSingleDateInRange
            valueFormat="DD/MM/YYYY"
            maxDate={new Date()}
            value={range}
            onChange={(next) => {
              setRange(next);
              const [from, to] = next;
              // A range is applied once both ends are chosen (or both cleared).
              if ((from && to) || (!from && !to)) {
                onChange({ from: from ?? undefined, to: to ?? undefined });
              }
            }}
          />
        </DatesProvider>
      </SimpleGrid>
      {hasFilters && (
        <Button
          variant="subtle"
          size="xs"
          w="fit-content"
          onClick={() =>
            onChange({
              companyId: undefined,
              userId: undefined,
              action: undefined,
              from: undefined,
              to: undefined,
            })
          }
        >
          {t('audit.filters.clear')}
        </Button>
      )}
    </Stack>
  );
}
