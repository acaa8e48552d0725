import { Button, Group, Select, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHourBlockOffers, useRequestHourBlock } from '../../api/hour-blocks';
import { FormAlert } from '../form/form-alert';
import { formatHours } from '../hours/hours-format';
import { formatEuros } from './local-date';

/** «Αγορά επιπλέον ωρών»: a company_admin picks a block of the catalogue; staff then confirm it. */
export function BuyHoursForm({ companyId }: { companyId: string }) {
  const { t, i18n } = useTranslation();
  const offers = useHourBlockOffers();
  const request = useRequestHourBlock(companyId);
  const [offerId, setOfferId] = useState<string | null>(null);
  const items = offers.data?.items ?? [];
  if (offers.isSuccess && items.length === 0) return null;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (offerId) request.mutate(offerId, { onSuccess: () => setOfferId(null) });
      }}
    >
      <Group align="end" gap="sm">
        <Select
          label={t('packageEconomics.buy.choose')}
          placeholder={t('packageEconomics.buy.placeholder')}
          data={items.map((offer) => ({
            value: offer.id,
            label: t('packageEconomics.buy.offer', {
              name: offer.name,
              hours: formatHours(Math.round(offer.hours * 60)),
              price: formatEuros(offer.price, i18n.language),
              months: offer.validityMonths,
            }),
          }))}
          value={offerId}
          onChange={setOfferId}
          style={{ flex: 1, minWidth: 220 }}
        />
        <Button type="submit" disabled={!offerId} loading={request.isPending}>
          {t('packageEconomics.buy.submit')}
        </Button>
      </Group>
      {request.isSuccess && (
        <Text size="sm" c="green" mt="xs" role="status">
          {t('packageEconomics.buy.sent')}
        </Text>
      )}
      <FormAlert error={request.error} />
    </form>
  );
}
