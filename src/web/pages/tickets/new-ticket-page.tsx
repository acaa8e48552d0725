import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '../components/feedback/placeholder-page';
import { IconMessages } from '../components/icons';

/** «Υποβολή αιτήματος»: the new-request form (built next). */
export default function NewTicketPage() {
  const { t } = useTranslation();
  return (
    <PlaceholderPage
      title={t('tickets.new.title')}
      subtitle={t('tickets.new.subtitle')}
      emptyTitle={t('tickets.new.emptyTitle')}
      emptyText={t('tickets.new.emptyText')}
      icon={<IconMessages size={28} />}
    />
  );
}
