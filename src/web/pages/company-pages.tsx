import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '../components/feedback/placeholder-page';
import { IconEdit, IconUsers } from '../components/icons';

/** Editing the customer's company details (the form comes with the companies work). */
export function CompanyEditPage() {
  const { t } = useTranslation();
  return (
    <PlaceholderPage
      title={t('company.edit.title')}
      emptyTitle={t('company.edit.emptyTitle')}
      emptyText={t('company.edit.emptyText')}
      icon={<IconEdit size={28} />}
    />
  );
}

/** Inviting a new contact of the customer's company (comes with the contacts work). */
export function AddContactPage() {
  const { t } = useTranslation();
  return (
    <PlaceholderPage
      title={t('company.addContact.title')}
      emptyTitle={t('company.addContact.emptyTitle')}
      emptyText={t('company.addContact.emptyText')}
      icon={<IconUsers size={28} />}
    />
  );
}
