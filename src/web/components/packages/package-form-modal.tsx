import {
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BILLING_INCREMENTS,
  type Package,
  PERIOD_KINDS,
  type PeriodKind,
  packageRequestSchema,
} from '../../../shared/api/packages';
import { allowanceMinutes } from '../../../shared/hours';
import { type PackageRequest, useCreatePackage, useUpdatePackage } from '../../api/packages';
import { currentLocale } from '../../i18n';
import { notifySuccess } from '../company/notify';
import { FormAlert } from '../form/form-alert';
import { schemaValidator, serverFieldErrors } from '../form/form-errors';
import { formatHours } from '../hours/hours-format';

interface Values {
  name: string;
  hoursPerPeriod: number | string;
  periodKind: PeriodKind;
  billingIncrementMinutes: string;
  description: string;
  /** Empty: overage is not priced. */
  overageRatePerHour: number | string;
}

const FIELDS = [
  'name',
  'hoursPerPeriod',
  'periodKind',
  'billingIncrementMinutes',
  'description',
  'overageRatePerHour',
];

const valuesOf = (pkg: Package | null): Values => ({
  name: pkg?.name ?? '',
  hoursPerPeriod: pkg?.hoursPerPeriod ?? 10,
  periodKind: pkg?.periodKind ?? 'monthly',
  billingIncrementMinutes: String(pkg?.billingIncrementMinutes ?? 15),
  description: pkg?.description ?? '',
  overageRatePerHour: pkg?.overageRatePerHour ?? '',
});

const requestOf = (values: Values): PackageRequest => ({
  name: values.name.trim(),
  hoursPerPeriod: Number(values.hoursPerPeriod),
  periodKind: values.periodKind,
  billingIncrementMinutes: Number(
    values.billingIncrementMinutes,
  ) as PackageRequest['billingIncrementMinutes'],
  description: values.description.trim() || null,
  overageRatePerHour: values.overageRatePerHour === '' ? null : Number(values.overageRatePerHour),
});

interface PackageFormModalProps {
  opened: boolean;
  /** The package to edit; null creates one. */
  pkg: Package | null;
  onClose: () => void;
}

/** «Νέο πακέτο» / «Επεξεργασία πακέτου» (admin): name, hours, period, increment, description. */
export function PackageFormModal({ opened, pkg, onClose }: PackageFormModalProps) {
  const { t } = useTranslation();
  const create = useCreatePackage();
  const update = useUpdatePackage();
  const mutation = pkg ? update : create;
  const form = useForm<Values>({
    initialValues: valuesOf(pkg),
    validate: (values) => schemaValidator<PackageRequest>(packageRequestSchema)(requestOf(values)),
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: a fresh form on every opening
  useEffect(() => {
    if (!opened) return;
    form.setValues(valuesOf(pkg));
    form.clearErrors();
    create.reset();
    update.reset();
  }, [opened, pkg]);

  const hours = Number(form.values.hoursPerPeriod);
  const hoursHint =
    Number.isFinite(hours) && hours > 0
      ? t('packages.form.hoursHint', { hm: formatHours(allowanceMinutes(hours)) })
      : t('packages.form.hoursHelp');

  const submit = form.onSubmit((values) => {
    const options = {
      onSuccess: () => {
        notifySuccess(t(pkg ? 'packages.notify.updated' : 'packages.notify.created'));
        onClose();
      },
      onError: (error: unknown) => form.setErrors(serverFieldErrors(error, FIELDS)),
    };
    if (pkg) update.mutate({ id: pkg.id, ...requestOf(values) }, options);
    else create.mutate(requestOf(values), options);
  });

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(pkg ? 'packages.form.editTitle' : 'packages.form.createTitle')}
      size="lg"
      radius="lg"
      closeButtonProps={{ 'aria-label': t('confirm.close') }}
    >
      <form noValidate onSubmit={submit}>
        <Stack gap="sm">
          <FormAlert error={mutation.error} shownOnFields={['validation_failed']} />
          <TextInput
            label={t('packages.form.name')}
            maxLength={100}
            data-autofocus
            {...form.getInputProps('name')}
          />
          <Group grow align="flex-start" wrap="wrap">
            <NumberInput
              label={t('packages.form.hours')}
              description={hoursHint}
              min={0.25}
              step={0.25}
              decimalScale={2}
              decimalSeparator={currentLocale() === 'el' ? ',' : '.'}
              miw={160}
              {...form.getInputProps('hoursPerPeriod')}
            />
            <Select
              label={t('packages.form.period')}
              allowDeselect={false}
              data={PERIOD_KINDS.map((kind) => ({ value: kind, label: t(`hours.period.${kind}`) }))}
              miw={160}
              {...form.getInputProps('periodKind')}
            />
          </Group>
          <Select
            label={t('packages.form.increment')}
            description={t('packages.form.incrementHelp')}
            allowDeselect={false}
            data={BILLING_INCREMENTS.map((minutes) => ({
              value: String(minutes),
              label: t('packages.form.incrementOption', { count: minutes }),
            }))}
            {...form.getInputProps('billingIncrementMinutes')}
          />
          <NumberInput
            label={t('estimates.overageRate')}
            description={t('estimates.overageRateHelp')}
            min={0}
            step={1}
            decimalScale={2}
            decimalSeparator={currentLocale() === 'el' ? ',' : '.'}
            {...form.getInputProps('overageRatePerHour')}
          />
          <Textarea
            label={t('packages.form.description')}
            autosize
            minRows={2}
            maxLength={2000}
            {...form.getInputProps('description')}
          />
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={onClose} disabled={mutation.isPending}>
              {t('confirm.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t(pkg ? 'packages.form.save' : 'packages.form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
