import { Button, Group, Radio, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { inviteStaffRequestSchema } from '../../../shared/api/contacts';
import { STAFF_ROLES, type StaffRole } from '../../../shared/roles';
import type { InvitationSent } from '../../api/contacts';
import { useInviteStaff } from '../../api/staff';
import { PersonIdentityFields } from '../contacts/person-identity-fields';
import { FormAlert } from '../form/form-alert';
import { schemaValidator, serverFieldErrors } from '../form/form-errors';
import { IconSend } from '../icons';

interface InviteStaffValues {
  firstName: string;
  lastName: string;
  email: string;
  role: StaffRole;
}

const FIELDS = ['firstName', 'lastName', 'email', 'role'] as const;
const CODE_FIELDS = { email_taken: 'email' };

interface InviteStaffFormProps {
  onInvited: (sent: InvitationSent) => void;
  onCancel: () => void;
}

/** «Πρόσκληση χρήστη»: name, email and role of a new admin or agent. */
export function InviteStaffForm({ onInvited, onCancel }: InviteStaffFormProps) {
  const { t } = useTranslation();
  const invite = useInviteStaff();
  const form = useForm<InviteStaffValues>({
    initialValues: { firstName: '', lastName: '', email: '', role: 'agent' },
    validate: schemaValidator<InviteStaffValues>(inviteStaffRequestSchema),
  });

  const submit = form.onSubmit((values) =>
    invite.mutate(values, {
      onSuccess: onInvited,
      onError: (error) => form.setErrors(serverFieldErrors(error, FIELDS, CODE_FIELDS)),
    }),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormAlert error={invite.error} shownOnFields={Object.keys(CODE_FIELDS)} />
        <PersonIdentityFields form={form} />
        <Radio.Group label={t('contacts.fields.role')} {...form.getInputProps('role')}>
          <Stack gap="sm" mt="xs">
            {[...STAFF_ROLES].reverse().map((role) => (
              <Radio
                key={role}
                value={role}
                label={t(`staffUsers.roles.${role}`)}
                description={t(`staffUsers.roleHelp.${role}`)}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onCancel}>
            {t('contacts.add.cancel')}
          </Button>
          <Button type="submit" leftSection={<IconSend size={18} />} loading={invite.isPending}>
            {t('staffUsers.invite.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
