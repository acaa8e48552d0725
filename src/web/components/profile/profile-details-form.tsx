import { Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { type Me, updateMeRequestSchema } from '../../../shared/api/users';
import { LOCALES, type Locale } from '../../../shared/roles';
import { useUpdateMe } from '../../api/me';
import { notifySuccess } from '../company/notify';
import { FormAlert } from '../form/form-alert';
import { schemaValidator, serverFieldErrors } from '../form/form-errors';

interface ProfileValues {
  firstName: string;
  lastName: string;
  phone: string;
  locale: Locale;
}

const FIELDS = ['firstName', 'lastName', 'phone', 'locale'] as const;

/** «Τα στοιχεία μου»: one's own name, phone and language (the app switches to it on save). */
export function ProfileDetailsForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const updateMe = useUpdateMe();
  const form = useForm<ProfileValues>({
    initialValues: {
      firstName: me.firstName,
      lastName: me.lastName,
      phone: me.phone ?? '',
      locale: me.locale,
    },
    validate: schemaValidator<ProfileValues>(updateMeRequestSchema),
  });

  const submit = form.onSubmit((values) =>
    updateMe.mutate(values, {
      onSuccess: (saved) => {
        form.resetDirty();
        // Said in the language just chosen.
        notifySuccess(t('profile.details.saved', { lng: saved.locale }));
      },
      onError: (error) => form.setErrors(serverFieldErrors(error, FIELDS)),
    }),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormAlert error={updateMe.error} />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <TextInput
            label={t('profile.details.firstName')}
            autoComplete="given-name"
            required
            withAsterisk={false}
            maxLength={100}
            {...form.getInputProps('firstName')}
          />
          <TextInput
            label={t('profile.details.lastName')}
            autoComplete="family-name"
            required
            withAsterisk={false}
            maxLength={100}
            {...form.getInputProps('lastName')}
          />
        </SimpleGrid>
        <TextInput
          label={t('profile.details.phone')}
          type="tel"
          autoComplete="tel"
          maxLength={30}
          {...form.getInputProps('phone')}
        />
        <Select
          label={t('profile.details.language')}
          description={t('profile.details.languageHelp')}
          data={LOCALES.map((locale) => ({ value: locale, label: t(`language.${locale}`) }))}
          allowDeselect={false}
          size="md"
          {...form.getInputProps('locale')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={updateMe.isPending}>
            {t('profile.details.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
