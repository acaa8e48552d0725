import { SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../shared/roles';
import { useCompanyList } from '../../api/companies';
import { useContacts } from '../../api/contacts';
import { useStaffUsers } from '../../api/staff';

export type ServiceKind = 'company' | 'staff';

export interface ActsAsValue {
  kind: ServiceKind;
  companyId: string | null;
  userId: string | null;
  role: Role | null;
}

const ROLES_OF: Record<ServiceKind, Role[]> = {
  company: ['company_admin', 'member'],
  staff: ['admin', 'agent'],
};

/**
 * Whom a service token acts as: a contact of a customer company, or a staff user;
 * and the highest role it may use (the server refuses one above the user's own).
 */
export function ActsAsFields({
  value,
  onChange,
  errors,
}: {
  value: ActsAsValue;
  onChange: (value: ActsAsValue) => void;
  errors: { userId?: React.ReactNode; role?: React.ReactNode };
}) {
  const { t } = useTranslation();
  const companies = useCompanyList({ archived: 'active' }, value.kind === 'company');
  const contacts = useContacts(
    value.kind === 'company' ? (value.companyId ?? undefined) : undefined,
  );
  const staff = useStaffUsers(value.kind === 'staff');
  const people = (value.kind === 'company' ? contacts.data?.items : staff.data?.items) ?? [];

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Text size="sm" fw={500} id="service-token-kind">
          {t('apiTokens.form.kind')}
        </Text>
        <SegmentedControl
          aria-labelledby="service-token-kind"
          value={value.kind}
          onChange={(kind) =>
            onChange({ kind: kind as ServiceKind, companyId: null, userId: null, role: null })
          }
          data={[
            { value: 'company', label: t('apiTokens.form.kindCompany') },
            { value: 'staff', label: t('apiTokens.form.kindStaff') },
          ]}
        />
      </Stack>
      {value.kind === 'company' && (
        <Select
          label={t('apiTokens.form.company')}
          searchable
          value={value.companyId}
          onChange={(companyId) => onChange({ ...value, companyId, userId: null })}
          data={(companies.data?.items ?? []).map((company) => ({
            value: company.id,
            label: company.tradeName ?? company.legalName,
          }))}
        />
      )}
      <Select
        label={t('apiTokens.form.user')}
        searchable
        value={value.userId}
        error={errors.userId}
        onChange={(userId) => onChange({ ...value, userId })}
        data={people
          .filter((person) => person.isActive)
          .map((person) => ({
            value: person.id,
            label: `${person.firstName} ${person.lastName} (${t(`roles.${person.role}`)})`,
          }))}
      />
      <Select
        label={t('apiTokens.form.role')}
        value={value.role}
        error={errors.role}
        onChange={(role) => onChange({ ...value, role: role as Role | null })}
        data={ROLES_OF[value.kind].map((role) => ({ value: role, label: t(`roles.${role}`) }))}
      />
    </Stack>
  );
}
