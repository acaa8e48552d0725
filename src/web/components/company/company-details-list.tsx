import { Anchor, DataList, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Company } from '../../../shared/api/companies';

const LABEL_WIDTH = 128;

/** A company's details to read: its name, then ΑΦΜ, ΔΟΥ, activity, address and contact. */
export function CompanyDetailsList({ company }: { company: Company }) {
  const { t } = useTranslation();
  const address = [company.address, [company.postalCode, company.city].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  const rows: [string, ReactNode][] = [
    [t('company.fields.vatNumber'), company.vatNumber],
    [t('company.fields.taxOffice'), company.taxOffice],
    [t('company.fields.activity'), company.activity],
    [t('company.fields.address'), address || null],
    [t('company.fields.phone'), company.phone],
    [t('company.fields.email'), company.email],
    [
      t('company.fields.website'),
      company.website && (
        <Anchor href={company.website} target="_blank" rel="noopener noreferrer" size="sm">
          {company.website.replace(/^https?:\/\//i, '')}
        </Anchor>
      ),
    ],
  ];
  return (
    <Stack gap="md">
      <div>
        <Text fw={650} style={{ overflowWrap: 'anywhere' }}>
          {company.legalName}
        </Text>
        {company.tradeName && (
          <Text size="sm" c="dimmed">
            {company.tradeName}
          </Text>
        )}
      </div>
      {/* Wide enough for «VAT number (ΑΦΜ)»; a longer label wraps in its column rather than pushing its value out of line. */}
      <DataList size="sm" gap={6} labelWidth={LABEL_WIDTH}>
        {rows.map(([label, value]) => (
          <DataList.Item key={label}>
            <DataList.ItemLabel c="dimmed" w={LABEL_WIDTH} style={{ flexShrink: 0 }}>
              {label}
            </DataList.ItemLabel>
            <DataList.ItemValue style={{ overflowWrap: 'anywhere' }}>
              {value || t('common.notSet')}
            </DataList.ItemValue>
          </DataList.Item>
        ))}
      </DataList>
    </Stack>
  );
}
