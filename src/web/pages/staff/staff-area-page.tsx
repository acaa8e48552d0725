import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '../../components/feedback/placeholder-page';
import { STAFF_AREAS, type StaffAreaKey } from './staff-areas';

/** A staff area that later work fills in; for now its title and what will be here. */
export default function StaffAreaPage({ area }: { area: StaffAreaKey }) {
  const { t } = useTranslation();
  const icon = STAFF_AREAS.find((item) => item.key === area)?.icon(28);
  return (
    <PlaceholderPage
      title={t(`staff.${area}.title`)}
      subtitle={t(`staff.${area}.description`)}
      emptyTitle={t(`staff.${area}.emptyTitle`)}
      emptyText={t(`staff.${area}.emptyText`)}
      icon={icon}
    />
  );
}
