import { Grid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../shared/api/users';
import { ActiveTasksPanel } from '../components/dashboard/active-tasks-panel';
import { CompanyPanel } from '../components/dashboard/company-panel';
import { ContactsPanel } from '../components/dashboard/contacts-panel';
import { PackagePanel } from '../components/dashboard/package-panel';
import { PastTasksPanel } from '../components/dashboard/past-tasks-panel';
import { RecentRequestsPanel } from '../components/dashboard/recent-requests-panel';
import { PageHeader } from '../components/feedback/page-header';
import { currentLocale } from '../i18n';
import { formatLongDate } from '../lib/format';

const SPAN = { base: 12, md: 6, lg: 4 };

/** «Κεντρική οθόνη»: the customer's six panels, in the manual's order. */
export default function DashboardPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const subtitle = [
    t('dashboard.greeting', { name: me.firstName }),
    me.company?.name,
    formatLongDate(new Date(), currentLocale()),
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <>
      <PageHeader title={t('dashboard.title')} subtitle={subtitle} />
      <Grid gap="lg">
        <Grid.Col span={SPAN}>
          <CompanyPanel me={me} />
        </Grid.Col>
        <Grid.Col span={SPAN}>
          <ContactsPanel me={me} />
        </Grid.Col>
        <Grid.Col span={SPAN}>
          <PackagePanel />
        </Grid.Col>
        <Grid.Col span={SPAN}>
          <RecentRequestsPanel me={me} />
        </Grid.Col>
        <Grid.Col span={SPAN}>
          <PastTasksPanel />
        </Grid.Col>
        <Grid.Col span={SPAN}>
          <ActiveTasksPanel />
        </Grid.Col>
      </Grid>
    </>
  );
}
