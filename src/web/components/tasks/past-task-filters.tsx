import { Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { lastCalendarMonths } from '../../../shared/hours';
import { useCompanySubscriptions } from '../../api/tickets';
import { currentLocale } from '../../i18n';
import { TIME_ZONE } from '../../lib/format';
import { formatMonth } from '../hours/period-text';

// Two years of months to choose from, newest first.
const MONTHS = 24;

export interface PastTaskFilter {
  subscriptionId?: string;
  /** 'YYYY-MM' */
  month?: string;
}

interface PastTaskFiltersProps {
  /** The company whose packages are offered (none: staff across all companies). */
  companyId: string | undefined;
  filter: PastTaskFilter;
  onChange: (change: PastTaskFilter) => void;
}

/** «Πακέτο» and «Μήνας» of «Όλες οι εργασίες». */
export function PastTaskFilters({ companyId, filter, onChange }: PastTaskFiltersProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const subscriptions = useCompanySubscriptions(companyId);
  const months = lastCalendarMonths(MONTHS, new Date(), TIME_ZONE)
    .map((month) => month.month)
    .reverse();
  return (
    <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" maw={640}>
      <Select
        label={t('tasks.list.package')}
        placeholder={t('tasks.list.anyPackage')}
        size="sm"
        clearable
        disabled={!companyId}
        value={filter.subscriptionId ?? null}
        data={(subscriptions.data?.items ?? []).map((item) => ({
          value: item.id,
          label: item.package.name,
        }))}
        onChange={(value) => onChange({ subscriptionId: value ?? undefined })}
      />
      <Select
        label={t('tasks.list.month')}
        placeholder={t('tasks.list.anyMonth')}
        size="sm"
        clearable
        value={filter.month ?? null}
        data={months.map((month) => ({ value: month, label: formatMonth(month, locale) }))}
        onChange={(value) => onChange({ month: value ?? undefined })}
      />
    </SimpleGrid>
  );
}
