import { Alert, Paper, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useContacts } from '../../api/contacts';
import { useCompanies, useTicketFormOptions } from '../../api/tickets';
import { PageHeader } from '../../components/feedback/page-header';
import { PageLoader } from '../../components/feedback/page-loader';
import { QueryError } from '../../components/feedback/query-error';
import { IconAlert } from '../../components/icons';
import { NewTicketForm } from '../../components/tickets/new-ticket-form';

/**
 * «Νέο αίτημα για πελάτη» (staff): a request that came by phone or email, opened
 * for a contact of a company. The company is in the address (?company=), so the
 * company page can link straight here and a reload keeps it.
 */
export default function StaffNewTicketPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const companyId = params.get('company');
  const companies = useCompanies();
  const options = useTicketFormOptions(companyId);
  const contacts = useContacts(companyId ?? undefined);

  const companyChoices = (companies.data?.items ?? [])
    .filter((company) => !company.isArchived || company.id === companyId)
    .map((company) => ({
      value: company.id,
      label: company.tradeName ? `${company.legalName} (${company.tradeName})` : company.legalName,
    }));
  const activeContacts = (contacts.data?.items ?? []).filter((contact) => contact.isActive);
  const failed = companies.error ?? options.error ?? contacts.error;
  const isLoading = options.isPlaceholderData || contacts.isPending;

  const chooseCompany = (id: string | null) =>
    setParams(id ? { company: id } : {}, { replace: true });

  return (
    <>
      <PageHeader
        title={t('tickets.forCustomer.title')}
        subtitle={t('tickets.forCustomer.subtitle')}
      />
      <Paper withBorder shadow="xs" p={{ base: 'md', sm: 'xl' }} maw={780}>
        <Stack gap="lg">
          <Select
            label={t('tickets.forCustomer.company')}
            placeholder={t('tickets.forCustomer.companyPlaceholder')}
            searchable
            size="md"
            allowDeselect={false}
            nothingFoundMessage={t('companies.list.noMatchesTitle')}
            data={companyChoices}
            value={companyId}
            onChange={chooseCompany}
            disabled={companies.isPending}
          />
          {failed ? (
            <QueryError
              error={failed}
              title={t('tickets.new.loadFailed')}
              onRetry={() => {
                void companies.refetch();
                void options.refetch();
                void contacts.refetch();
              }}
            />
          ) : !companyId ? (
            <Text c="dimmed" size="sm">
              {t('tickets.forCustomer.chooseCompany')}
            </Text>
          ) : !options.data ? (
            <PageLoader />
          ) : (
            <>
              {!isLoading && activeContacts.length === 0 && (
                <Alert color="yellow" icon={<IconAlert />}>
                  {t('tickets.forCustomer.noContacts')}
                </Alert>
              )}
              <NewTicketForm
                options={options.data}
                forCustomer={{ companyId, contacts: activeContacts, isLoading }}
              />
            </>
          )}
        </Stack>
      </Paper>
    </>
  );
}
