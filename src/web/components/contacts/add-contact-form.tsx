import { Button, Group, Radio, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { createContactRequestSchema } from '../../../shared/api/contacts';
import { CUSTOMER_ROLES, type CustomerRole } from '../../../shared/roles';
import { type InvitationSent, useAddContact } from '../../api/contacts';
import { FormAlert } from '../form/form-alert';
import { schemaValidator, serverFieldErrors } from '../form/form-errors';
import { IconSend } from '../icons';
import { PersonIdentityFields } from './person-identity-fields';

interface AddContactValues {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  role: CustomerRole;
}

const FIELDS = ['firstName', 'lastName', 'email', 'phone', 'role'] as const;
const CODE_FIELDS = { email_taken: 'email' };

interface AddContactFormProps {
  companyId: string;
  /** The contact exists and their invitation link is ready to show. */
  onInvited: (sent: InvitationSent) => void;
  onCancel: () => void;
}

/** «Προσθήκη επαφής»: name, email, phone and role; the server creates the invitation. */
export function AddContactForm({ companyId, onInvited, onCancel }: AddContactFormProps) {
  const { t } = useTranslation();
  const addContact = useAddContact(companyId);
  const form = useForm<AddContactValues>({
    initialValues: { firstName: '', lastName: '', email: '', phone: '', role: 'member' },
    validate: schemaValidator<AddContactValues>(createContactRequestSchema),
  });

  const submit = form.onSubmit((values) =>
    addContact.mutate(values, {
      onSuccess: onInvited,
      onError: (error) => form.setErrors(serverFieldErrors(error, FIELDS, CODE_FIELDS)),
    }),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormAlert error={addContact.error} shownOnFields={Object.keys(CODE_FIELDS)} />
        <PersonIdentityFields form={form} emailHelp={t('contacts.fields.emailHelp')} />
        <TextInput
          label={t('contacts.fields.phone')}
          type="tel"
          autoComplete="off"
          maxLength={30}
          {...form.getInputProps('phone')}
        />
        <Radio.Group label={t('contacts.fields.role')} {...form.getInputProps('role')}>
          <Stack gap="sm" mt="xs">
            {[...CUSTOMER_ROLES].reverse().map((role) => (
              <Radio
                key={role}
                value={role}
                label={t(`contacts.roles.${role}`)}
                description={t(`contacts.roleHelp.${role}`)}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onCancel}>
            {t('contacts.add.cancel')}
          </Button>
          <Button
            type="submit"
            size="md"
            leftSection={<IconSend size={18} />}
            loading={addContact.isPending}
          >
            {t('contacts.add.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
