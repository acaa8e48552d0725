import { Button, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useGrantHourBlock } from '../../api/hour-blocks';
import { FormAlert } from '../form/form-alert';

const EMPTY = {
  name: '',
  hours: 5 as number | string,
  price: 0 as number | string,
  startsOn: '',
  validUntil: '',
};

/** Staff: add a block to the company directly; it is active at once and the company is emailed. */
export function GrantBlockForm({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const grant = useGrantHourBlock(companyId);
  const [values, setValues] = useState(EMPTY);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        grant.mutate(
          { ...values, hours: Number(values.hours), price: Number(values.price) },
          { onSuccess: () => setValues(EMPTY) },
        );
      }}
    >
      <Stack gap="xs">
        <Text fw={600} size="sm">
          {t('packageEconomics.grant.title')}
        </Text>
        <Group align="end" gap="sm">
          <TextInput
            label={t('packageEconomics.catalogue.name')}
            value={values.name}
            onChange={(event) => setValues({ ...values, name: event.currentTarget.value })}
          />
          <NumberInput
            hideControls
            label={t('packageEconomics.catalogue.hours')}
            value={values.hours}
            min={0.25}
            step={0.25}
            decimalScale={2}
            onChange={(hours) => setValues({ ...values, hours })}
          />
          <NumberInput
            hideControls
            label={t('packageEconomics.catalogue.price')}
            value={values.price}
            min={0}
            decimalScale={2}
            onChange={(price) => setValues({ ...values, price })}
          />
          <TextInput
            type="date"
            label={t('packageEconomics.grant.startsOn')}
            value={values.startsOn}
            onChange={(event) => setValues({ ...values, startsOn: event.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t('packageEconomics.grant.validUntil')}
            value={values.validUntil}
            onChange={(event) => setValues({ ...values, validUntil: event.currentTarget.value })}
          />
          <Button type="submit" variant="light" loading={grant.isPending}>
            {t('packageEconomics.grant.submit')}
          </Button>
        </Group>
        <FormAlert error={grant.error} />
      </Stack>
    </form>
  );
}
