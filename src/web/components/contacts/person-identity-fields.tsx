import { SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';

interface IdentityValues {
  firstName: string;
  lastName: string;
  email: string;
}

interface PersonIdentityFieldsProps<T extends IdentityValues> {
  form: UseFormReturnType<T>;
  /** A hint under the email field (e.g. that the invitation goes there). */
  emailHelp?: string;
}

/** First name, last name and email of a person being invited (contact or staff). */
export function PersonIdentityFields<T extends IdentityValues>({
  form,
  emailHelp,
}: PersonIdentityFieldsProps<T>) {
  const { t } = useTranslation();
  return (
    <>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
        <TextInput
          label={t('contacts.fields.firstName')}
          autoComplete="off"
          required
          withAsterisk
          maxLength={100}
          data-autofocus
          {...form.getInputProps('firstName')}
        />
        <TextInput
          label={t('contacts.fields.lastName')}
          autoComplete="off"
          required
          withAsterisk
          maxLength={100}
          {...form.getInputProps('lastName')}
        />
      </SimpleGrid>
      <TextInput
        label={t('contacts.fields.email')}
        description={emailHelp}
        type="email"
        inputMode="email"
        autoComplete="off"
        required
        withAsterisk
        maxLength={254}
        {...form.getInputProps('email')}
      />
    </>
  );
}
