import { Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useTicketFormOptions } from '../../api/tickets';
import { PageHeader } from '../../components/feedback/page-header';
import { PageLoader } from '../../components/feedback/page-loader';
import { QueryError } from '../../components/feedback/query-error';
import { NewTicketForm } from '../../components/tickets/new-ticket-form';

/** «Υποβολή αιτήματος»: the new-request form, once the company's packages are known. */
export default function NewTicketPage() {
  const { t } = useTranslation();
  const options = useTicketFormOptions();
  return (
    <>
      <PageHeader title={t('tickets.new.title')} subtitle={t('tickets.new.subtitle')} />
      <Paper withBorder shadow="xs" p={{ base: 'md', sm: 'xl' }} maw={780}>
        {options.isPending ? (
          <PageLoader />
        ) : options.isError ? (
          <QueryError
            error={options.error}
            title={t('tickets.new.loadFailed')}
            onRetry={() => void options.refetch()}
          />
        ) : (
          <NewTicketForm options={options.data} />
        )}
      </Paper>
    </>
  );
}
