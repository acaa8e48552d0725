import { Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../shared/api/users';
import { useCompany } from '../../api/companies';
import { CompanyDetailsList } from '../company/company-details-list';
import { EmptyPlaceholder } from '../feedback/empty-placeholder';
import { QueryError } from '../feedback/query-error';
import { IconBuilding, IconEdit } from '../first-screen-icons';
import { DashboardPanel } from './dashboard-panel';
import { PanelAction } from './panel-action';

/** (1) «Στοιχεία επιχείρησης»: the customer's company, editable by its administrator. */
export function CompanyPanel({ me }: { me: Me }) {
  const { t } = useTranslation();
  const company = useCompany(me.company?.id);
  const action = me.abilities.editCompany ? (
    <PanelAction
      to="/company/edit"
      icon={<IconEdit size={16} />}
      label={t('dashboard.company.edit')}
    />
  ) : undefined;

  return (
    <DashboardPanel title={t('dashboard.company.title')} icon={<IconBuilding />} actions={action}>
      {!me.company ? (
        <EmptyPlaceholder
          size="sm"
          quiet
          order={3}
          icon={<IconBuilding />}
          title={t('dashboard.company.missingTitle')}
          description={t('dashboard.company.missingText')}
        />
      ) : company.isPending ? (
        <Stack gap="xs">
          <Skeleton h={18} w="70%" />
          <Skeleton h={14} w="90%" />
          <Skeleton h={14} w="80%" />
          <Skeleton h={14} w="85%" />
        </Stack>
      ) : company.isError ? (
        <QueryError
          error={company.error}
          title={t('dashboard.company.loadFailed')}
          onRetry={() => void company.refetch()}
        />
      ) : (
        <CompanyDetailsList company={company.data} />
      )}
    </DashboardPanel>
  );
}
