import {
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useCreateHourBlockOffer,
  useHourBlockOffers,
  useUpdateHourBlockOffer,
} from '../../api/hour-blocks';
import { FormAlert } from '../form/form-alert';
import { formatHours } from '../hours/hours-format';
import { formatEuros } from './local-date';

const EMPTY = {
  name: '',
  hours: 10 as number | string,
  price: 0 as number | string,
  validityMonths: 6 as number | string,
};

/** «Κατάλογος πακέτων ωρών» on the packages page: what a company_admin may buy; admins add and retire. */
export function HourBlockCatalogue({ canManage }: { canManage: boolean }) {
  const { t, i18n } = useTranslation();
  const offers = useHourBlockOffers();
  const create = useCreateHourBlockOffer();
  const update = useUpdateHourBlockOffer();
  const [values, setValues] = useState(EMPTY);
  const items = offers.data?.items ?? [];
  return (
    <Card withBorder mt="xl">
      <Stack gap="sm">
        <Title order={2} fz="lg">
          {t('packageEconomics.catalogue.title')}
        </Title>
        {items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('packageEconomics.catalogue.empty')}
          </Text>
        ) : (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('packageEconomics.catalogue.name')}</Table.Th>
                <Table.Th>{t('packageEconomics.catalogue.hours')}</Table.Th>
                <Table.Th>{t('packageEconomics.catalogue.price')}</Table.Th>
                <Table.Th>{t('packageEconomics.catalogue.months')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((offer) => (
                <Table.Tr key={offer.id}>
                  <Table.Td>{offer.name}</Table.Td>
                  <Table.Td>{formatHours(Math.round(offer.hours * 60))}</Table.Td>
                  <Table.Td>{formatEuros(offer.price, i18n.language)}</Table.Td>
                  <Table.Td>{offer.validityMonths}</Table.Td>
                  <Table.Td>
                    {!offer.isActive ? (
                      <Badge color="gray" variant="light">
                        {t('packageEconomics.catalogue.retired')}
                      </Badge>
                    ) : (
                      canManage && (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          onClick={() => update.mutate({ id: offer.id, isActive: false })}
                        >
                          {t('packageEconomics.catalogue.retire')}
                        </Button>
                      )
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {canManage && (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              create.mutate(
                {
                  name: values.name,
                  hours: Number(values.hours),
                  price: Number(values.price),
                  validityMonths: Number(values.validityMonths),
                },
                { onSuccess: () => setValues(EMPTY) },
              );
            }}
          >
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
              <NumberInput
                hideControls
                label={t('packageEconomics.catalogue.months')}
                value={values.validityMonths}
                min={1}
                max={120}
                allowDecimal={false}
                onChange={(validityMonths) => setValues({ ...values, validityMonths })}
              />
              <Button type="submit" loading={create.isPending}>
                {t('packageEconomics.catalogue.add')}
              </Button>
            </Group>
            <FormAlert error={create.error ?? update.error} />
          </form>
        )}
      </Stack>
    </Card>
  );
}
