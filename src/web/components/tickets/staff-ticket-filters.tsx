import { Box, Button, Chip, Collapse, Group, Select, SimpleGrid } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useCompanies, useCompanySubscriptions, useStaffMembers } from '../../api/tickets';
import { statusesOfState, type TicketListParams } from '../../lib/ticket-list-params';
import { IconChevronDown } from '../icons';
import { statusLabel } from './ticket-labels';

interface StaffTicketFiltersProps {
  params: TicketListParams;
  onChange: (change: Partial<TicketListParams>) => void;
}

/** The queue's extra filters: status, company, package, assignee, «Δικά μου», «Χωρίς ανάθεση». */
export function StaffTicketFilters({ params, onChange }: StaffTicketFiltersProps) {
  const { t } = useTranslation();
  const companies = useCompanies();
  const subscriptions = useCompanySubscriptions(params.companyId);
  const staff = useStaffMembers();
  const statuses = statusesOfState(params.state);
  // On phones the filters fold under one button, so the tickets stay in sight.
  const isWide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const [opened, folding] = useDisclosure(false);
  const active = [
    params.status,
    params.companyId,
    params.subscriptionId,
    params.assigneeId,
    params.mine || undefined,
    params.unassigned || undefined,
    params.overdue || undefined,
  ].filter(Boolean).length;

  return (
    <Box>
      <Button
        hiddenFrom="sm"
        variant="default"
        size="sm"
        fullWidth
        onClick={folding.toggle}
        aria-expanded={opened}
        rightSection={<IconChevronDown size={16} />}
      >
        {t('tickets.filters.toggle', { count: active })}
      </Button>
      <Collapse expanded={isWide || opened}>
        <Group gap="sm" align="flex-end" wrap="wrap" pt={{ base: 'sm', sm: 0 }}>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" style={{ flex: '1 1 600px' }}>
            <Select
              label={t('tickets.filters.status')}
              placeholder={t('tickets.filters.anyStatus')}
              size="sm"
              clearable
              disabled={statuses.length < 2}
              value={params.status ?? null}
              data={statuses.map((status) => ({
                value: status,
                label: statusLabel(t, status, true),
              }))}
              onChange={(value) =>
                onChange({ status: statuses.find((status) => status === value) })
              }
            />
            <Select
              label={t('tickets.filters.company')}
              placeholder={t('tickets.filters.anyCompany')}
              size="sm"
              clearable
              searchable
              nothingFoundMessage={t('tickets.filters.nothingFound')}
              value={params.companyId ?? null}
              data={(companies.data?.items ?? []).map((company) => ({
                value: company.id,
                label: company.tradeName
                  ? `${company.legalName} (${company.tradeName})`
                  : company.legalName,
              }))}
              onChange={(value) => onChange({ companyId: value ?? undefined })}
            />
            <Select
              label={t('tickets.filters.package')}
              placeholder={
                params.companyId
                  ? t('tickets.filters.anyPackage')
                  : t('tickets.filters.packageNeedsCompany')
              }
              size="sm"
              clearable
              disabled={!params.companyId}
              value={params.subscriptionId ?? null}
              data={(subscriptions.data?.items ?? []).map((subscription) => ({
                value: subscription.id,
                label: subscription.package.name,
              }))}
              onChange={(value) => onChange({ subscriptionId: value ?? undefined })}
            />
            <Select
              label={t('tickets.filters.assignee')}
              placeholder={t('tickets.filters.anyAssignee')}
              size="sm"
              clearable
              searchable
              nothingFoundMessage={t('tickets.filters.nothingFound')}
              value={params.assigneeId ?? null}
              data={(staff.data?.items ?? []).map((person) => ({
                value: person.id,
                label: person.name,
              }))}
              onChange={(value) => onChange({ assigneeId: value ?? undefined })}
            />
          </SimpleGrid>
          <Group gap="xs" pb={4}>
            <Chip checked={params.mine} onChange={(mine) => onChange({ mine })} size="sm">
              {t('tickets.filters.mine')}
            </Chip>
            <Chip
              checked={params.unassigned}
              onChange={(unassigned) => onChange({ unassigned })}
              size="sm"
            >
              {t('tickets.filters.unassigned')}
            </Chip>
          </Group>
        </Group>
      </Collapse>
    </Box>
  );
}
