import { Anchor, DataList, Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Company } from '../../../shared/api/companies';
import type { Me } from '../../../shared/api/users';
import { useCompany } from '../../api/companies';
import { EmptyPlaceholder } from '../feedback/empty-placeholder';
import { QueryError } from '../feedback/query-error';
import { IconBuilding, IconEdit } from '../icons';
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
        <CompanyDetails company={company.data} />
      )}
    </DashboardPanel>
  );
}

function CompanyDetails({ company }: { company: Company }) {
  const { t } = useTranslation();
  const address = [company.address, [company.postalCode, company.city].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  const rows: [string, React.ReactNode][] = [
    [t('dashboard.company.vatNumber'), company.vatNumber],
    [t('dashboard.company.taxOffice'), company.taxOffice],
    [t('dashboard.company.activity'), company.activity],
    [t('dashboard.company.address'), address || null],
    [t('dashboard.company.phone'), company.phone],
    [t('dashboard.company.email'), company.email],
    [
      t('dashboard.company.website'),
      company.website && (
        <Anchor href={company.website} target="_blank" rel="noopener noreferrer" size="sm">
          {company.website.replace(/^https?:\/\//, '')}
        </Anchor>
      ),
    ],
  ];
  return (
    <Stack gap="md">
      <div>
        <Text fw={650}>{company.legalName}</Text>
        {company.tradeName && (
          <Text size="sm" c="dimmed">
            {company.tradeName}
          </Text>
        )}
      </div>
      <DataList size="sm" gap={6} labelWidth={110}>
        {rows.map(([label, value]) => (
          <DataList.Item key={label}>
            <DataList.ItemLabel c="dimmed">{label}</DataList.ItemLabel>
            <DataList.ItemValue style={{ overflowWrap: 'anywhere' }}>
              {value || t('common.notSet')}
            </DataList.ItemValue>
          </DataList.Item>
        ))}
      </DataList>
    </Stack>
  );
}
