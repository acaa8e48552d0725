import { Alert, Anchor, Badge, Button, Grid, Group, Stack } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { useCompany } from '../../api/companies';
import { ArchiveCompanyButton } from '../../components/company/archive-company-button';
import { CompanyContactsCard } from '../../components/company/company-contacts-card';
import { CompanyDetailsCard } from '../../components/company/company-details-card';
import { CompanyTicketsCard } from '../../components/company/company-tickets-card';
import { PageHeader } from '../../components/feedback/page-header';
import { PageLoader } from '../../components/feedback/page-loader';
import { QueryError } from '../../components/feedback/query-error';
import { IconAlert, IconArrowLeft } from '../../components/icons';
import { CompanySubscriptions } from '../../components/packages/company-subscriptions';
import { CompanyRatingsCard } from '../../components/ratings/company-ratings-card';
import { CompanyBreachesCard } from '../../components/targets/company-breaches-card';
import { NewTicketForCustomerButton } from '../../components/tickets/new-ticket-for-customer-button';
import NotFoundPage from '../not-found-page';

// Loaded with the page's own code: a new shared chunk listed in the router would grow every first visit.
const TicketCapCard = lazy(() =>
  import('../../components/estimates/ticket-cap-card').then((module) => ({
    default: module.TicketCapCard,
  })),
);

/** A company at a glance (staff): details, contacts, packages, recent requests; archive or restore. */
export default function CompanyPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const company = useCompany(id);
  // The form needs the whole width; the other cards move below it meanwhile.
  const [isEditing, setEditing] = useState(false);

  if (company.isPending) return <PageLoader />;
  if (company.isError) {
    if (isApiError(company.error) && [400, 404].includes(company.error.status)) {
      return <NotFoundPage />;
    }
    return <QueryError error={company.error} onRetry={() => void company.refetch()} />;
  }
  const data = company.data;
  const subtitle = [
    data.tradeName,
    data.vatNumber && `${t('company.fields.vatNumber')} ${data.vatNumber}`,
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <>
      <Anchor
        component={Link}
        to="/staff/companies"
        size="sm"
        fw={600}
        mb="sm"
        display="inline-block"
      >
        <Group gap={4} wrap="nowrap">
          <IconArrowLeft size={16} />
          {t('companies.page.back')}
        </Group>
      </Anchor>
      <PageHeader
        title={data.legalName}
        subtitle={
          <Group gap="xs" component="span">
            {subtitle || null}
            {data.isArchived && (
              <Badge color="gray" variant="light" radius="sm" tt="none">
                {t('companies.archived')}
              </Badge>
            )}
          </Group>
        }
        actions={
          <>
            {!data.isArchived && <NewTicketForCustomerButton companyId={data.id} />}
            <Button component={Link} to={`/hours?company=${data.id}`} variant="default">
              {t('ledger.title')}
            </Button>
            <Button component={Link} to={`/hours/statements?company=${data.id}`} variant="default">
              {t('statements.title')}
            </Button>
            <ArchiveCompanyButton company={data} />
          </>
        }
      />
      <Stack gap="lg">
        {data.isArchived && (
          <Alert color="gray" variant="light" icon={<IconAlert />}>
            {t('companies.page.archivedNote')}
          </Alert>
        )}
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: isEditing ? 12 : 5 }}>
            <CompanyDetailsCard company={data} isEditing={isEditing} onEditingChange={setEditing} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            <CompanyContactsCard company={data} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <CompanySubscriptions companyId={data.id} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            <CompanyTicketsCard companyId={data.id} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <CompanyRatingsCard companyId={data.id} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Suspense fallback={null}>
              <TicketCapCard companyId={data.id} />
            </Suspense>
          </Grid.Col>
          <Grid.Col span={12}>
            <CompanyBreachesCard companyId={data.id} />
          </Grid.Col>
        </Grid>
      </Stack>
    </>
  );
}
