import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SectionCard } from '../company/section-card';
import { IconThumbUp } from './rating-icons';
import { RatingReportTable } from './rating-report-table';

/** «Αξιολογήσεις» of one company on its staff page: good, bad and % good per month. */
export function CompanyRatingsCard({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  return (
    <SectionCard
      title={t('rating.report.title')}
      icon={<IconThumbUp />}
      actions={
        <Button component={Link} to="/staff/ratings" variant="subtle" size="xs">
          {t('rating.report.viewAll')}
        </Button>
      }
    >
      <RatingReportTable query={{ by: 'company', companyId, months: 6 }} showName={false} />
    </SectionCard>
  );
}
