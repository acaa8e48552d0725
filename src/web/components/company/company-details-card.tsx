import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Company } from '../../../shared/api/companies';
import { useUpdateCompany } from '../../api/companies';
import { IconBuilding, IconEdit } from '../icons';
import { CompanyDetailsForm } from './company-details-form';
import { CompanyDetailsList } from './company-details-list';
import { notifySuccess } from './notify';
import { SectionCard } from './section-card';

interface CompanyDetailsCardProps {
  company: Company;
  isEditing: boolean;
  onEditingChange: (isEditing: boolean) => void;
}

/** «Στοιχεία επιχείρησης» on the staff company page: read, or edit in place with the same form. */
export function CompanyDetailsCard({
  company,
  isEditing,
  onEditingChange,
}: CompanyDetailsCardProps) {
  const { t } = useTranslation();
  const setEditing = onEditingChange;
  const update = useUpdateCompany(company.id);

  const save = async (values: Parameters<typeof update.mutateAsync>[0]) => {
    await update.mutateAsync(values);
    notifySuccess(t('company.edit.saved'));
    setEditing(false);
  };

  return (
    <SectionCard
      title={t('dashboard.company.title')}
      icon={<IconBuilding />}
      actions={
        !isEditing && (
          <Button
            variant="light"
            size="xs"
            leftSection={<IconEdit size={16} />}
            onClick={() => setEditing(true)}
          >
            {t('dashboard.company.edit')}
          </Button>
        )
      }
    >
      {isEditing ? (
        <CompanyDetailsForm company={company} onSave={save} onCancel={() => setEditing(false)} />
      ) : (
        <CompanyDetailsList company={company} />
      )}
    </SectionCard>
  );
}
