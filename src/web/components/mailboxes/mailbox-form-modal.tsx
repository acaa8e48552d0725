import {
  Button,
  Grid,
  Group,
  Modal,
  NumberInput,
  PasswordInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MAILBOX_SECURITIES,
  type Mailbox,
  mailboxInputSchema,
} from '../../../shared/api/mailboxes';
import type { FieldError } from '../../../shared/problem';
import { useCreateMailbox, useTestMailbox, useUpdateMailbox } from '../../api/mailboxes';
import { notifySuccess } from '../company/notify';
import { FormAlert } from '../form/form-alert';
import { serverFieldErrors, toFormErrors, validateWithSchema } from '../form/form-errors';
import { IconPlugConnected } from '../icons';
import {
  DEFAULT_PORTS,
  MAILBOX_FIELDS,
  mailboxRequestOf,
  type MailboxFormValues as Values,
  mailboxValuesOf as valuesOf,
} from './mailbox-form-values';
import { MailboxTestResultAlert } from './mailbox-test-result';

interface MailboxFormModalProps {
  opened: boolean;
  /** The mailbox to edit (or to look at, if it comes from the environment); null adds one. */
  mailbox: Mailbox | null;
  onClose: () => void;
}

/**
 * «Προσθήκη γραμματοκιβωτίου» / edit (admin), with «Δοκιμή σύνδεσης» of the settings
 * as typed. A refused save leaves the modal open with everything typed in it. A mailbox
 * from the IMAP_* variables is shown read-only, and can still be tested.
 */
export function MailboxFormModal({ opened, mailbox, onClose }: MailboxFormModalProps) {
  const { t } = useTranslation();
  const create = useCreateMailbox();
  const update = useUpdateMailbox();
  const test = useTestMailbox();
  const mutation = mailbox ? update : create;
  const isReadOnly = mailbox?.source === 'environment';

  // Checked before the shared schema, so each field says its own reason first: a new
  // mailbox needs its password (a saved one keeps it), and mail read from a folder must
  // be moved to another one.
  const form = useForm<Values>({
    initialValues: valuesOf(mailbox),
    validate: (values) => {
      const request = mailboxRequestOf(values);
      const own: FieldError[] =
        !mailbox && !values.password ? [{ field: 'password', code: 'required' }] : [];
      const errors = toFormErrors([...own, ...validateWithSchema(mailboxInputSchema, request)]);
      // The schema says only «invalid value» here; the form can say why.
      if (request.folder && request.folder === request.processedFolder) {
        errors.processedFolder = t('mailboxes.form.sameFolder');
      }
      return errors;
    },
    // A result says something about the settings it was run with, not about edited ones.
    onValuesChange: () => {
      if (test.data || test.error) test.reset();
    },
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: a fresh form on every opening
  useEffect(() => {
    if (!opened) return;
    form.setValues(valuesOf(mailbox));
    form.resetDirty(valuesOf(mailbox));
    form.clearErrors();
    create.reset();
    update.reset();
    test.reset();
  }, [opened, mailbox]);

  const changeSecurity = (value: string | null) => {
    const security = MAILBOX_SECURITIES.find((item) => item === value);
    if (!security) return;
    // The port follows the kind of connection unless someone typed another one.
    const port = Number(form.values.port);
    const isDefaultPort = Object.values(DEFAULT_PORTS).includes(port) || !port;
    form.setFieldValue('security', security);
    if (isDefaultPort) form.setFieldValue('port', DEFAULT_PORTS[security]);
  };

  const runTest = () => {
    if (form.validate().hasErrors) return;
    test.mutate({
      ...mailboxRequestOf(form.values),
      ...(mailbox ? { mailboxId: mailbox.id } : {}),
    });
  };

  const submit = form.onSubmit((values) => {
    const options = {
      onSuccess: () => {
        notifySuccess(t(mailbox ? 'mailboxes.notify.updated' : 'mailboxes.notify.created'));
        onClose();
      },
      onError: (error: unknown) => form.setErrors(serverFieldErrors(error, MAILBOX_FIELDS)),
    };
    if (mailbox) update.mutate({ id: mailbox.id, ...mailboxRequestOf(values) }, options);
    else create.mutate(mailboxRequestOf(values), options);
  });

  const field = (name: keyof Values) => ({
    ...form.getInputProps(name),
    readOnly: isReadOnly,
  });

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(
        isReadOnly
          ? 'mailboxes.form.viewTitle'
          : mailbox
            ? 'mailboxes.form.editTitle'
            : 'mailboxes.form.createTitle',
      )}
      size="lg"
      radius="lg"
      closeButtonProps={{ 'aria-label': t('confirm.close') }}
      // A click beside the form must not throw away what was typed.
      closeOnClickOutside={isReadOnly}
    >
      <form noValidate onSubmit={submit}>
        <Stack gap="sm">
          <FormAlert error={mutation.error} shownOnFields={['validation_failed']} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
            <TextInput
              label={t('mailboxes.form.name')}
              description={t('mailboxes.form.nameHelp')}
              maxLength={100}
              data-autofocus
              {...field('name')}
            />
            <TextInput
              label={t('mailboxes.form.address')}
              description={t('mailboxes.form.addressHelp')}
              type="email"
              maxLength={254}
              {...field('address')}
            />
          </SimpleGrid>
          <Grid gap="sm">
            <Grid.Col span={{ base: 12, sm: 5 }}>
              <TextInput
                label={t('mailboxes.form.host')}
                placeholder="imap.example.gr"
                maxLength={253}
                autoComplete="off"
                spellCheck={false}
                {...field('host')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 5 }}>
              <Select
                size="md"
                label={t('mailboxes.form.security')}
                allowDeselect={false}
                data={MAILBOX_SECURITIES.map((value) => ({
                  value,
                  label: t(`mailboxes.security.${value}`),
                }))}
                {...form.getInputProps('security')}
                onChange={changeSecurity}
                readOnly={isReadOnly}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 2 }}>
              <NumberInput
                size="md"
                label={t('mailboxes.form.port')}
                min={1}
                max={65535}
                allowDecimal={false}
                allowNegative={false}
                hideControls
                {...field('port')}
              />
            </Grid.Col>
          </Grid>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
            <TextInput
              label={t('mailboxes.form.username')}
              maxLength={254}
              autoComplete="off"
              spellCheck={false}
              {...field('username')}
            />
            <PasswordInput
              label={t('mailboxes.form.password')}
              placeholder={mailbox ? t('mailboxes.form.passwordKept') : undefined}
              description={
                mailbox && !isReadOnly ? t('mailboxes.form.passwordKeptHelp') : undefined
              }
              // Below the field, so the inputs beside it stay in line.
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              maxLength={500}
              // The mailbox's password, not the admin's own: browsers must not fill it in.
              autoComplete="new-password"
              {...field('password')}
              disabled={isReadOnly}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
            <TextInput
              label={t('mailboxes.form.folder')}
              maxLength={200}
              spellCheck={false}
              {...field('folder')}
            />
            <TextInput
              label={t('mailboxes.form.processedFolder')}
              description={t('mailboxes.form.processedFolderHelp')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              maxLength={200}
              spellCheck={false}
              {...field('processedFolder')}
            />
          </SimpleGrid>
          <Switch
            label={t('mailboxes.form.isActive')}
            description={t('mailboxes.form.isActiveHelp')}
            {...form.getInputProps('isActive', { type: 'checkbox' })}
            disabled={isReadOnly}
            mt={4}
          />
          <MailboxTestResultAlert
            result={test.data}
            error={test.error}
            folder={form.values.folder}
            processedFolder={form.values.processedFolder}
          />
          <Group justify="space-between" gap="sm" mt="xs">
            <Button
              variant="light"
              leftSection={<IconPlugConnected size={18} />}
              loading={test.isPending}
              onClick={runTest}
            >
              {t('mailboxes.form.test')}
            </Button>
            <Group gap="sm" ml="auto">
              <Button variant="default" onClick={onClose} disabled={mutation.isPending}>
                {t(isReadOnly ? 'confirm.close' : 'confirm.cancel')}
              </Button>
              {!isReadOnly && (
                <Button type="submit" loading={mutation.isPending}>
                  {t(mailbox ? 'mailboxes.form.save' : 'mailboxes.form.create')}
                </Button>
              )}
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
