import '@mantine/dates/styles.css';
import 'dayjs/locale/el';
import { Button, Group, Modal, NumberInput, Select, Stack, Text } from '@mantine/core';
import { DatePickerInput, DatesProvider } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type Subscription,
  subscriptionRequestSchema,
  subscriptionUpdateSchema,
} from '../../../shared/api/packages';
import { wallTimeOf } from '../../../shared/hours';
import { isApiError } from '../../api/client';
import { useCreateSubscription, usePackages, useUpdateSubscription } from '../../api/packages';
import { currentLocale } from '../../i18n';
import { TIME_ZONE } from '../../lib/format';
import { notifySuccess } from '../company/notify';
import { FormAlert } from '../form/form-alert';
import { serverFieldErrors, toFormErrors, validateWithSchema } from '../form/form-errors';
import { hoursPerPeriodText } from './package-text';
import { rolloverRuleText } from './rollover-text';
import { SubscriptionRolloverFields } from './subscription-rollover-fields';
import {
  explainRolloverErrors,
  ROLLOVER_FIELDS,
  type RolloverValues,
  rolloverOverrideOf,
  rolloverValuesOf,
} from './subscription-rollover-values';

interface Values extends RolloverValues {
  packageId: string | null;
  startDate: string | null;
  endDate: string | null;
  hoursPerPeriodOverride: number | string;
}

const FIELDS = ['packageId', 'startDate', 'endDate', 'hoursPerPeriodOverride', ...ROLLOVER_FIELDS];

const valuesOf = (subscription: Subscription | null): Values => ({
  packageId: subscription?.package.id ?? null,
  startDate: subscription?.startDate ?? wallTimeOf(new Date(), TIME_ZONE).slice(0, 10),
  endDate: subscription?.endDate ?? null,
  hoursPerPeriodOverride: subscription?.hoursPerPeriodOverride ?? '',
  ...rolloverValuesOf(subscription),
});

const overrideOf = (values: Values) =>
  values.hoursPerPeriodOverride === '' ? null : Number(values.hoursPerPeriodOverride);

interface SubscriptionFormModalProps {
  opened: boolean;
  companyId: string;
  /** The subscription to change (end date, hours); null gives the company a package. */
  subscription: Subscription | null;
  onClose: () => void;
}

/** «Προσθήκη πακέτου» / «Αλλαγή πακέτου» (admin): package, dates, optional hours override. */
export function SubscriptionFormModal(props: SubscriptionFormModalProps) {
  const { opened, companyId, subscription, onClose } = props;
  const { t } = useTranslation();
  const packages = usePackages(opened && !subscription);
  const create = useCreateSubscription(companyId);
  const update = useUpdateSubscription();
  const mutation = subscription ? update : create;
  const requestOf = (values: Values) =>
    subscription
      ? {
          endDate: values.endDate,
          hoursPerPeriodOverride: overrideOf(values),
          // Sent only when changed; the create schema has no rollover rule (only a change sets one).
          rolloverOverride: rolloverOverrideOf(values, subscription.rolloverOverride),
        }
      : {
          packageId: values.packageId ?? undefined,
          startDate: values.startDate ?? undefined,
          endDate: values.endDate,
          hoursPerPeriodOverride: overrideOf(values),
        };
  const form = useForm<Values>({
    initialValues: valuesOf(subscription),
    validate: (values) =>
      toFormErrors(
        explainRolloverErrors(
          validateWithSchema(
            subscription ? subscriptionUpdateSchema : subscriptionRequestSchema,
            requestOf(values),
          ),
        ),
      ),
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: a fresh form on every opening
  useEffect(() => {
    if (!opened) return;
    form.setValues(valuesOf(subscription));
    form.clearErrors();
    create.reset();
    update.reset();
  }, [opened, subscription]);

  const submit = form.onSubmit((values) => {
    const options = {
      onSuccess: () => {
        notifySuccess(
          t(subscription ? 'subscriptions.notify.changed' : 'subscriptions.notify.added'),
        );
        onClose();
      },
      onError: (error: unknown) =>
        form.setErrors({
          ...serverFieldErrors(error, FIELDS),
          ...toFormErrors(explainRolloverErrors(rolloverServerErrors(error))),
        }),
    };
    // The form validated the values with the same schema, so the rule's periods are a number.
    if (subscription) {
      const request = { id: subscription.id, ...requestOf(values) };
      update.mutate(request as Parameters<typeof update.mutate>[0], options);
    } else create.mutate(requestOf(values) as Parameters<typeof create.mutate>[0], options);
  });
  const choices = (packages.data?.items ?? [])
    .filter((pkg) => pkg.isActive)
    .map((pkg) => ({
      value: pkg.id,
      label: `${pkg.name} · ${hoursPerPeriodText(t, pkg.hoursPerPeriod, pkg.periodKind)}`,
    }));

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(subscription ? 'subscriptions.form.changeTitle' : 'subscriptions.form.addTitle')}
      radius="lg"
      closeButtonProps={{ 'aria-label': t('confirm.close') }}
    >
      <form noValidate onSubmit={submit}>
        <Stack gap="sm">
          <FormAlert error={mutation.error} shownOnFields={['validation_failed']} />
          {subscription ? (
            <Text fw={600}>{subscription.package.name}</Text>
          ) : (
            <Select
              label={t('subscriptions.form.package')}
              placeholder={t('subscriptions.form.packagePlaceholder')}
              data={choices}
              searchable
              nothingFoundMessage={t('subscriptions.form.noPackages')}
              data-autofocus
              {...form.getInputProps('packageId')}
            />
          )}
          <DatesProvider settings={{ locale: currentLocale(), firstDayOfWeek: 1 }}>
            {!subscription && (
              <DatePickerInput
                label={t('subscriptions.form.startDate')}
                valueFormat="DD/MM/YYYY"
                {...form.getInputProps('startDate')}
              />
            )}
            <DatePickerInput
              label={t('subscriptions.form.endDate')}
              description={t('subscriptions.form.endDateHelp')}
              valueFormat="DD/MM/YYYY"
              clearable
              minDate={form.values.startDate ?? undefined}
              {...form.getInputProps('endDate')}
            />
          </DatesProvider>
          <NumberInput
            label={t('subscriptions.form.override')}
            description={t('subscriptions.form.overrideHelp')}
            min={0.25}
            step={0.25}
            decimalScale={2}
            decimalSeparator={currentLocale() === 'el' ? ',' : '.'}
            hideControls
            {...form.getInputProps('hoursPerPeriodOverride')}
          />
          {subscription && (
            <SubscriptionRolloverFields
              mode={form.values.rolloverMode}
              onModeChange={(mode) => form.setFieldValue('rolloverMode', mode)}
              packageRule={rolloverRuleText(
                t,
                {
                  periods: subscription.package.rolloverPeriods,
                  capHours: subscription.package.rolloverCapHours,
                },
                subscription.package.periodKind,
              )}
              periodsInput={form.getInputProps('rolloverOverride.periods')}
              capInput={form.getInputProps('rolloverOverride.capHours')}
            />
          )}
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={onClose} disabled={mutation.isPending}>
              {t('confirm.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t(subscription ? 'subscriptions.form.save' : 'subscriptions.form.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The server's field errors on the rollover inputs (it validates with the same schema). */
function rolloverServerErrors(error: unknown) {
  if (!isApiError(error)) return [];
  return (error.problem.errors ?? []).filter((item) => ROLLOVER_FIELDS.includes(item.field));
}
