import {
  type ComboboxItem,
  Fieldset,
  type OptionsFilter,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPANY_FIELD_MAX } from '../../../shared/company/company-details.schema';
import { TAX_OFFICES } from '../../../shared/company/tax-offices';
import type { CompanyFormValues } from './company-details-form';

const TAX_OFFICE_OPTIONS = [...TAX_OFFICES];

/** Lower case without accents or ΄, so «αθηνων» finds «Α΄ Αθηνών». */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\p{M}΄']/gu, '')
    .toLocaleLowerCase('el');

/** The ΔΟΥ search: every typed word must appear, ignoring case and accents. */
const taxOfficeFilter: OptionsFilter = ({ options, search }) => {
  const words = fold(search).split(/\s+/).filter(Boolean);
  return (options as ComboboxItem[]).filter((option) => {
    const label = fold(option.label);
    return words.every((word) => label.includes(word));
  });
};

function Section({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <Fieldset
      legend={legend}
      variant="filled"
      radius="md"
      styles={{ legend: { fontWeight: 600, paddingInline: 6 } }}
    >
      <Stack gap="md">{children}</Stack>
    </Fieldset>
  );
}

/** The company form's inputs in three groups: identity and tax, address, contact. */
export function CompanyDetailsFields({ form }: { form: UseFormReturnType<CompanyFormValues> }) {
  const { t } = useTranslation();
  const label = (field: keyof CompanyFormValues) => t(`company.fields.${field}`);
  return (
    <>
      <Section legend={t('company.form.identity')}>
        <TextInput
          label={label('legalName')}
          required
          withAsterisk
          maxLength={COMPANY_FIELD_MAX.legalName}
          autoComplete="organization"
          {...form.getInputProps('legalName')}
        />
        <TextInput
          label={label('tradeName')}
          maxLength={COMPANY_FIELD_MAX.tradeName}
          {...form.getInputProps('tradeName')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={label('vatNumber')}
            description={t('company.form.vatHelp')}
            required
            withAsterisk
            inputMode="numeric"
            autoComplete="off"
            maxLength={14}
            {...form.getInputProps('vatNumber')}
          />
          <Select
            label={label('taxOffice')}
            description={t('company.form.taxOfficeHelp')}
            placeholder={t('company.form.taxOfficePlaceholder')}
            data={TAX_OFFICE_OPTIONS}
            searchable
            clearable
            size="md"
            filter={taxOfficeFilter}
            nothingFoundMessage={t('company.form.taxOfficeNone')}
            {...form.getInputProps('taxOffice')}
          />
        </SimpleGrid>
        <TextInput
          label={label('activity')}
          maxLength={COMPANY_FIELD_MAX.activity}
          {...form.getInputProps('activity')}
        />
      </Section>
      <Section legend={t('company.form.location')}>
        <TextInput
          label={label('address')}
          maxLength={COMPANY_FIELD_MAX.address}
          autoComplete="street-address"
          {...form.getInputProps('address')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={label('city')}
            maxLength={COMPANY_FIELD_MAX.city}
            autoComplete="address-level2"
            {...form.getInputProps('city')}
          />
          <TextInput
            label={label('postalCode')}
            description={t('company.form.postalCodeHelp')}
            inputMode="numeric"
            autoComplete="postal-code"
            maxLength={7}
            {...form.getInputProps('postalCode')}
          />
        </SimpleGrid>
      </Section>
      <Section legend={t('company.form.contact')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={label('phone')}
            type="tel"
            autoComplete="tel"
            maxLength={20}
            {...form.getInputProps('phone')}
          />
          <TextInput
            label={label('email')}
            type="email"
            inputMode="email"
            autoComplete="email"
            maxLength={COMPANY_FIELD_MAX.email}
            {...form.getInputProps('email')}
          />
        </SimpleGrid>
        <TextInput
          label={label('website')}
          placeholder="https://"
          inputMode="url"
          autoComplete="url"
          maxLength={COMPANY_FIELD_MAX.website}
          {...form.getInputProps('website')}
        />
      </Section>
    </>
  );
}
