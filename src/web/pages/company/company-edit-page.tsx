import { Paper } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMe } from '../../api/auth';
import { useCompany, useUpdateCompany } from '../../api/companies';
import { CompanyDetailsForm } from '../../components/company/company-details-form';
import { notifySuccess } from '../../components/company/notify';
import { PageHeader } from '../../components/feedback/page-header';
import { PageLoader } from '../../components/feedback/page-loader';
import { QueryError } from '../../components/feedback/query-error';

// Loaded with the page's own code: a new shared chunk listed in the router would grow every first visit.
const TicketCapCard = lazy(() =>
  import('../../components/estimates/ticket-cap-card').then((module) => ({
    default: module.TicketCapCard,
  })),
);

/** «Επεξεργασία» of the central screen: the customer's company details; back to it once saved. */
export default function CompanyEditPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const companyId = useMe().data?.company?.id;
  const company = useCompany(companyId);
  const update = useUpdateCompany(companyId ?? '');

  const save = async (values: Parameters<typeof update.mutateAsync>[0]) => {
    await update.mutateAsync(values);
    notifySuccess(t('company.edit.saved'));
    navigate('/');
  };

  return (
    <>
      <PageHeader title={t('company.edit.title')} subtitle={t('company.edit.subtitle')} />
      <Paper withBorder shadow="xs" p={{ base: 'md', sm: 'xl' }} maw={860}>
        {company.isPending ? (
          <PageLoader />
        ) : company.isError ? (
          <QueryError
            error={company.error}
            title={t('dashboard.company.loadFailed')}
            onRetry={() => void company.refetch()}
          />
        ) : (
          <CompanyDetailsForm company={company.data} onSave={save} onCancel={() => navigate('/')} />
        )}
      </Paper>
      {companyId && (
        <Suspense fallback={null}>
          <TicketCapCard companyId={companyId} mt="lg" />
        </Suspense>
      )}
    </>
  );
}
