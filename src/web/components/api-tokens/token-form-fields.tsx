import '@mantine/dates/styles.css';
import 'dayjs/locale/el';
import { Select, Stack, TextInput } from '@mantine/core';
import { DatePickerInput, DatesProvider } from '@mantine/dates';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  API_TOKEN_LIFETIME_DAYS,
  type ApiTokenScope,
  type CreatePersonalTokenRequest,
} from '../../../shared/api/api-tokens';
import { currentLocale } from '../../i18n';
import { ScopePicker } from './scope-picker';

/** What both token forms (personal and service) ask. */
export interface TokenFormValues {
  name: string;
  scopes: ApiTokenScope[];
  /** '30', '90', '365' or 'date'. */
  expiryChoice: string;
  expiryDate: string | null;
}

export const TOKEN_FORM_FIELDS = ['name', 'scopes', 'expiry'] as const;

export const initialTokenValues: TokenFormValues = {
  name: '',
  scopes: [],
  expiryChoice: '90',
  expiryDate: null,
};

/** The request's common part from the form's values. */
export function tokenRequestOf(values: TokenFormValues): CreatePersonalTokenRequest {
  const expiry =
    values.expiryChoice === 'date'
      ? { date: values.expiryDate ?? '' }
      : { days: Number(values.expiryChoice) as 30 | 90 | 365 };
  return {
    name: values.name,
    scopes: values.scopes,
    expiry,
  };
}

/** Checks in the browser what the server would refuse first, with the same texts. */
export function validateTokenValues(
  values: TokenFormValues,
  t: (key: string) => string,
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.name.trim()) errors.name = t('validation.required');
  if (values.scopes.length === 0) errors.scopes = t('apiTokens.form.noScope');
  if (values.expiryChoice === 'date' && !values.expiryDate)
    errors.expiry = t('validation.required');
  return errors;
}

/**
 * Name, scopes and expiry. Who is asking is proved by a recent sign-in: after ten
 * minutes the API answers `reauthentication_required`, the app-wide dialog asks for the
 * password or a code, and the request is sent again (api/client.ts).
 */
export function TokenFormFields({ form }: { form: UseFormReturnType<TokenFormValues> }) {
  const { t } = useTranslation();
  const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000);
  const inAYear = new Date(Date.now() + 365 * 24 * 60 * 60 * 1000);
  return (
    <Stack gap="md">
      <TextInput
        label={t('apiTokens.form.name')}
        description={t('apiTokens.form.nameHint')}
        maxLength={80}
        data-autofocus
        {...form.getInputProps('name')}
      />
      <ScopePicker
        value={form.values.scopes}
        onChange={(scopes) => form.setFieldValue('scopes', scopes)}
        error={form.errors.scopes}
      />
      <Select
        label={t('apiTokens.form.expiry')}
        description={t('apiTokens.form.expiryHint')}
        allowDeselect={false}
        data={[
          ...API_TOKEN_LIFETIME_DAYS.map((days) => ({
            value: String(days),
            label: t('apiTokens.form.expiryDays', { count: days }),
          })),
          { value: 'date', label: t('apiTokens.form.expiryDate') },
        ]}
        {...form.getInputProps('expiryChoice')}
        error={form.values.expiryChoice === 'date' ? undefined : form.errors.expiry}
      />
      {form.values.expiryChoice === 'date' && (
        <DatesProvider settings={{ locale: currentLocale(), firstDayOfWeek: 1 }}>
          <DatePickerInput
            label={t('apiTokens.form.expiryDateLabel')}
            valueFormat="DD/MM/YYYY"
            minDate={tomorrow}
            maxDate={inAYear}
            value={form.values.expiryDate}
            onChange={(value) => form.setFieldValue('expiryDate', value)}
            error={form.errors.expiry}
          />
        </DatesProvider>
      )}
    </Stack>
  );
}
