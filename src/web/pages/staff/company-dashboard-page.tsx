import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { useCompany } from '../../api/companies';
import { CompanyDashboard } from '../../components/dashboard/company-dashboard';
import { PageHeader } from '../../components/feedback/page-header';
import { PageLoader } from '../../components/feedback/page-loader';
import { QueryError } from '../../components/feedback/query-error';
import { IconArrowLeft } from '../../components/icons';
import NotFoundPage from '../not-found-page';

/** A company's «Κεντρική οθόνη» as staff see it: the customer's hours panels, for that company. */
export default function CompanyDashboardPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const company = useCompany(id);

  if (company.isPending) return <PageLoader />;
  if (company.isError) {
    if (isApiError(company.error) && [400, 404].includes(company.error.status)) {
      return <NotFoundPage />;
    }
    return <QueryError error={company.error} onRetry={() => void company.refetch()} />;
  }
  const name = company.data.tradeName || company.data.legalName;
  return (
    <>
      <Anchor
        component={Link}
        to={`/staff/companies/${encodeURIComponent(id)}`}
        size="sm"
        fw={600}
        mb="sm"
        display="inline-block"
      >
        <Group gap={4} wrap="nowrap">
          <IconArrowLeft size={16} />
          {t('dashboard.staffView.back', { name })}
        </Group>
      </Anchor>
      <PageHeader
        title={t('dashboard.staffView.title', { name })}
        subtitle={t('dashboard.staffView.subtitle')}
      />
      <CompanyDashboard companyId={id} canSubmit={false} />
    </>
  );
}
