import { Paper, SegmentedControl, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/feedback/page-header';
import { RatingReportTable } from '../../components/ratings/rating-report-table';

type Grouping = 'company' | 'agent';

/** /staff/ratings «Αξιολογήσεις»: the customers' ratings per month, by company or by agent. */
export default function RatingsPage() {
  const { t } = useTranslation();
  const [by, setBy] = useState<Grouping>('company');
  return (
    <>
      <PageHeader title={t('rating.report.title')} subtitle={t('rating.report.subtitle')} />
      <Paper withBorder shadow="xs" p="md">
        <Stack gap="md">
          <SegmentedControl
            value={by}
            onChange={(value) => setBy(value as Grouping)}
            data={[
              { value: 'company', label: t('rating.report.byCompany') },
              { value: 'agent', label: t('rating.report.byAgent') },
            ]}
            style={{ alignSelf: 'flex-start' }}
          />
          <RatingReportTable query={{ by, months: 12 }} />
        </Stack>
      </Paper>
    </>
  );
}
