import { Divider, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isStaffRole } from '../../../shared/roles';
import { useMe } from '../../api/auth';
import { useHoursAllocation } from '../../api/hour-blocks';
import { DashboardPanel } from '../dashboard/dashboard-panel';
import { IconClock } from '../first-screen-icons';
import { BlockList } from './block-list';
import { BlockRequests } from './block-requests';
import { BuyHoursForm } from './buy-hours-form';
import { GrantBlockForm } from './grant-block-form';
import { SubscriptionAllocation } from './subscription-allocation';

/**
 * «Μεταφορά, πακέτα ωρών και πρόβλεψη»: where this period's hours come from (in the fixed
 * order of use), the company's prepaid blocks, the forecast, and buying more. Loaded lazily
 * after the central screen's figures: it is not part of the first visit.
 */
export default function HoursEconomicsPanel({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const me = useMe().data;
  // A company_admin may buy more hours; staff confirm or decline requests.
  const canBuy = me?.role === 'company_admin';
  const canDecide = me ? isStaffRole(me.role) : false;
  const allocation = useHoursAllocation(companyId);
  const data = allocation.data;
  return (
    <DashboardPanel title={t('packageEconomics.title')} icon={<IconClock />}>
      {!data ? (
        <Skeleton h={120} radius="sm" />
      ) : (
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            {data.subscriptions.map((figures) => (
              <SubscriptionAllocation key={figures.subscriptionId} figures={figures} />
            ))}
            <Stack gap="xs">
              <Text fw={600}>{t('packageEconomics.blocksTitle')}</Text>
              <BlockList blocks={data.blocks} />
            </Stack>
          </SimpleGrid>
          {(canBuy || canDecide) && <Divider />}
          {canBuy && <BuyHoursForm companyId={companyId} />}
          {canDecide && <BlockRequests companyId={companyId} />}
          {canDecide && <GrantBlockForm companyId={companyId} />}
        </Stack>
      )}
    </DashboardPanel>
  );
}
