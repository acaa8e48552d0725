import { Fieldset, NumberInput, SegmentedControl, Stack, Text } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n';
import type { RolloverMode } from './subscription-rollover-values';

interface SubscriptionRolloverFieldsProps {
  mode: RolloverMode;
  onModeChange: (mode: RolloverMode) => void;
  /** The package's rule in words, shown while the subscription follows it. */
  packageRule: string;
  periodsInput: GetInputPropsReturnType;
  capInput: GetInputPropsReturnType;
}

/**
 * «Μεταφορά αχρησιμοποίητων ωρών»: follow the package's rule, or give the subscription
 * its own. The own rule's inputs keep what was typed while the other choice is shown.
 */
export function SubscriptionRolloverFields(props: SubscriptionRolloverFieldsProps) {
  const { mode, onModeChange, packageRule, periodsInput, capInput } = props;
  const { t } = useTranslation();
  const legendId = useId();
  return (
    <Fieldset
      legend={
        <Text span size="sm" fw={500} id={legendId}>
          {t('packageEconomics.subscriptionRollover.label')}
        </Text>
      }
      variant="unstyled"
    >
      <Stack gap="xs">
        {/* One above the other: side by side, the two names overflow a phone's width. */}
        <SegmentedControl
          aria-labelledby={legendId}
          fullWidth
          orientation="vertical"
          value={mode}
          onChange={(value) => onModeChange(value === 'own' ? 'own' : 'package')}
          data={[
            { value: 'package', label: t('packageEconomics.subscriptionRollover.followPackage') },
            { value: 'own', label: t('packageEconomics.subscriptionRollover.ownRule') },
          ]}
        />
        {mode === 'package' ? (
          <Text size="sm" c="dimmed">
            {t('packageEconomics.subscriptionRollover.packageRule', { rule: packageRule })}
          </Text>
        ) : (
          <Stack gap="sm">
            {/* No min/max: a negative value is named by the field's error rather than
                silently clamped, so what was typed stays visible. */}
            <NumberInput
              label={t('packageEconomics.subscriptionRollover.periodsLabel')}
              description={t('packageEconomics.rolloverPeriodsHelp')}
              allowDecimal={false}
              hideControls
              {...periodsInput}
            />
            <NumberInput
              label={t('packageEconomics.rolloverCap')}
              description={t('packageEconomics.subscriptionRollover.capHelp')}
              decimalScale={2}
              decimalSeparator={currentLocale() === 'el' ? ',' : '.'}
              hideControls
              {...capInput}
            />
          </Stack>
        )}
      </Stack>
    </Fieldset>
  );
}
