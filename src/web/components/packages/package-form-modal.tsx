import {
  Button,
  Fieldset,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Text,
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
  /** Empty: the package promises no such target. */
  firstResponseTargetHours: number | string;
  resolutionTargetHours: number | string;
  businessHoursStart: string;
  businessHoursEnd: string;
  rolloverPeriods: number | string;
  /** Empty: no cap. */
  rolloverCapHours: number | string;
  /** Empty: overage is not priced. */
  overageRatePerHour: number | string;
}

const FIELDS = [
  'name',
  'hoursPerPeriod',
  'periodKind',
  'billingIncrementMinutes',
  'description',
  'firstResponseTargetHours',
  'resolutionTargetHours',
  'businessHoursStart',
  'businessHoursEnd',
  'rolloverPeriods',
  'rolloverCapHours',
  'overageRatePerHour',
];

// The working day's ends on the half hour, 06:00–22:00: a list rather than free typing.
const CLOCK_TIMES = Array.from({ length: 33 }, (_, index) => {
  const minutes = 6 * 60 + index * 30;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${minutes % 60 === 0 ? '00' : '30'}`;
});

const targetOf = (value: number | string) => (value === '' ? null : Number(value));

const valuesOf = (pkg: Package | null): Values => ({
  name: pkg?.name ?? '',
  hoursPerPeriod: pkg?.hoursPerPeriod ?? 10,
  periodKind: pkg?.periodKind ?? 'monthly',
  billingIncrementMinutes: String(pkg?.billingIncrementMinutes ?? 15),
  description: pkg?.description ?? '',
  firstResponseTargetHours: pkg?.firstResponseTargetHours ?? '',
  resolutionTargetHours: pkg?.resolutionTargetHours ?? '',
  businessHoursStart: pkg?.businessHoursStart ?? '09:00',
  businessHoursEnd: pkg?.businessHoursEnd ?? '17:00',
  rolloverPeriods: pkg?.rolloverPeriods ?? 0,
  rolloverCapHours: pkg?.rolloverCapHours ?? '',
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
  firstResponseTargetHours: targetOf(values.firstResponseTargetHours),
  resolutionTargetHours: targetOf(values.resolutionTargetHours),
  businessHoursStart: values.businessHoursStart,
  businessHoursEnd: values.businessHoursEnd,
  rolloverPeriods: Number(values.rolloverPeriods),
  rolloverCapHours: values.rolloverCapHours === '' ? null : Number(values.rolloverCapHours),
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
          <Fieldset legend={t('targets.form.title')} variant="filled">
            <Stack gap="sm">
              <Group grow align="flex-start" wrap="wrap">
                {(['firstResponseTargetHours', 'resolutionTargetHours'] as const).map((field) => (
                  <NumberInput
                    key={field}
                    label={t(
                      field === 'firstResponseTargetHours'
                        ? 'targets.form.firstResponse'
                        : 'targets.form.resolution',
                    )}
                    min={0.25}
                    step={0.25}
                    decimalScale={2}
                    decimalSeparator={currentLocale() === 'el' ? ',' : '.'}
                    miw={160}
                    {...form.getInputProps(field)}
                  />
                ))}
              </Group>
              <Text size="xs" c="dimmed">
                {t('targets.form.targetHint')}
              </Text>
              <Group grow align="flex-start" wrap="wrap">
                {(['businessHoursStart', 'businessHoursEnd'] as const).map((field) => (
                  <Select
                    key={field}
                    label={t(
                      field === 'businessHoursStart'
                        ? 'targets.form.dayStart'
                        : 'targets.form.dayEnd',
                    )}
                    allowDeselect={false}
                    data={CLOCK_TIMES}
                    miw={160}
                    {...form.getInputProps(field)}
                  />
                ))}
              </Group>
              <Text size="xs" c="dimmed">
                {t('targets.form.dayHint')}
              </Text>
            </Stack>
          </Fieldset>
          <Group grow align="flex-start" wrap="wrap">
            <NumberInput
              label={t('packageEconomics.rolloverPeriods')}
              description={t('packageEconomics.rolloverPeriodsHelp')}
              min={0}
              max={24}
              allowDecimal={false}
              miw={160}
              {...form.getInputProps('rolloverPeriods')}
            />
            <NumberInput
              label={t('packageEconomics.rolloverCap')}
              description={t('packageEconomics.rolloverCapHelp')}
              min={0}
              step={0.25}
              decimalScale={2}
              decimalSeparator={currentLocale() === 'el' ? ',' : '.'}
              miw={160}
              {...form.getInputProps('rolloverCapHours')}
            />
          </Group>
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
