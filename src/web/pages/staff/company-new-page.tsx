import { Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCreateCompany } from '../../api/companies';
import { CompanyDetailsForm } from '../../components/company/company-details-form';
import { staffCompanyPath } from '../../components/company/company-results';
import { notifySuccess } from '../../components/company/notify';
import { PageHeader } from '../../components/feedback/page-header';

/** «Νέα επιχείρηση» (staff): the same details form; then the new company's page. */
export default function CompanyNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateCompany();

  const save = async (values: Parameters<typeof create.mutateAsync>[0]) => {
    const company = await create.mutateAsync(values);
    notifySuccess(t('companies.new.created', { name: company.legalName }));
    navigate(staffCompanyPath(company.id), { replace: true });
  };

  return (
    <>
      <PageHeader title={t('companies.new.title')} subtitle={t('companies.new.subtitle')} />
      <Paper withBorder shadow="xs" p={{ base: 'md', sm: 'xl' }} maw={860}>
        <CompanyDetailsForm
          onSave={save}
          onCancel={() => navigate('/staff/companies')}
          submitLabel={t('companies.new.submit')}
        />
      </Paper>
    </>
  );
}
