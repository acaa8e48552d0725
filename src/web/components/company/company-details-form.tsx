import { Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Company } from '../../../shared/api/companies';
import {
  type CompanyDetailsInput,
  companyDetailsSchema,
} from '../../../shared/company/company-details.schema';
import { FormAlert } from '../form/form-alert';
import { schemaValidator, serverFieldErrors } from '../form/form-errors';
import { CompanyDetailsFields } from './company-details-fields';

/** The form's values: every field as typed (the schema trims and normalises on save). */
export interface CompanyFormValues {
  legalName: string;
  tradeName: string;
  vatNumber: string;
  taxOffice: string | null;
  activity: string;
  address: string;
  city: string;
  postalCode: string;
  phone: string;
  email: string;
  website: string;
}

const FIELDS = [
  'legalName',
  'tradeName',
  'vatNumber',
  'taxOffice',
  'activity',
  'address',
  'city',
  'postalCode',
  'phone',
  'email',
  'website',
] as const;

/** A company as form values (null becomes an empty field). */
function valuesOf(company: Company | undefined): CompanyFormValues {
  const text = (value: string | null | undefined) => value ?? '';
  return {
    legalName: text(company?.legalName),
    tradeName: text(company?.tradeName),
    vatNumber: text(company?.vatNumber),
    taxOffice: company?.taxOffice ?? null,
    activity: text(company?.activity),
    address: text(company?.address),
    city: text(company?.city),
    postalCode: text(company?.postalCode),
    phone: text(company?.phone),
    email: text(company?.email),
    website: text(company?.website),
  };
}

interface CompanyDetailsFormProps {
  /** The company to edit; none for «Νέα επιχείρηση». */
  company?: Company;
  /** Sends the details; a rejection keeps the form as typed and shows why. */
  onSave: (values: CompanyDetailsInput) => Promise<unknown>;
  onCancel: () => void;
  submitLabel?: string;
}

/**
 * A company's details (Επωνυμία, ΑΦΜ, ΔΟΥ…), checked with the server's own schema
 * before sending; the server's field errors land on the same fields.
 */
export function CompanyDetailsForm({
  company,
  onSave,
  onCancel,
  submitLabel,
}: CompanyDetailsFormProps) {
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const form = useForm<CompanyFormValues>({
    initialValues: valuesOf(company),
    validate: schemaValidator<CompanyFormValues>(companyDetailsSchema),
    validateInputOnBlur: ['vatNumber', 'postalCode', 'phone', 'email', 'website'],
  });

  const submit = form.onSubmit(async (values) => {
    setSaving(true);
    setError(null);
    try {
      await onSave(values);
    } catch (failure) {
      setError(failure);
      form.setErrors(serverFieldErrors(failure, FIELDS));
    } finally {
      setSaving(false);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <FormAlert error={error} />
        <CompanyDetailsFields form={form} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={saving}>
            {t('company.form.cancel')}
          </Button>
          <Button type="submit" size="md" loading={saving}>
            {submitLabel ?? t('company.form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
