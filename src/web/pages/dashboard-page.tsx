import { useTranslation } from 'react-i18next';
import type { Me } from '../../shared/api/users';
import { CompanyDashboard } from '../components/dashboard/company-dashboard';
import { CompanyPanel } from '../components/dashboard/company-panel';
import { ContactsPanel } from '../components/dashboard/contacts-panel';
import { PageHeader } from '../components/feedback/page-header';
import { currentLocale } from '../i18n';
import { formatLongDate } from '../lib/format';

/** «Κεντρική οθόνη»: the customer's hours panels first, then the company and its contacts, then hours per period. */
export default function DashboardPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const subtitle = [
    t('dashboard.greeting', { name: `${me.firstName} ${me.lastName}` }),
    me.company?.name,
    formatLongDate(new Date(), currentLocale()),
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <>
      <PageHeader title={t('dashboard.title')} subtitle={subtitle} />
      <CompanyDashboard
        canSubmit={me.abilities.submitRequest}
        companyPanels={[
          <CompanyPanel key="company" me={me} />,
          <ContactsPanel key="contacts" me={me} />,
        ]}
      />
    </>
  );
}
