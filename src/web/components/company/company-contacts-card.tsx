import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { Company } from '../../../shared/api/companies';
import { AddContactModal } from '../contacts/add-contact-modal';
import { ContactList } from '../contacts/contact-list';
import { IconPlus, IconUsers } from '../icons';
import { SectionCard } from './section-card';

/** «Επαφές» on the staff company page: the same list and actions the company's admins have. */
export function CompanyContactsCard({ company }: { company: Company }) {
  const { t } = useTranslation();
  const [adding, addModal] = useDisclosure(false);
  return (
    <SectionCard
      title={t('dashboard.contacts.title')}
      icon={<IconUsers />}
      actions={
        !company.isArchived && (
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={16} />}
            onClick={addModal.open}
          >
            {t('dashboard.contacts.add')}
          </Button>
        )
      }
    >
      <ContactList companyId={company.id} canManage />
      <AddContactModal
        companyId={company.id}
        companyName={company.tradeName ?? company.legalName}
        opened={adding}
        onClose={addModal.close}
      />
    </SectionCard>
  );
}
