import { Text, type TextProps } from '@mantine/core';
import { useInterval } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n';
import { formatDateTime, formatRelativeTime } from '../../lib/format';
import { DeferredTooltip } from '../feedback/deferred-tooltip';

/** «πριν από 5 λεπτά», with the exact date and time on hover; refreshes itself every minute. */
export function RelativeTime({ value, ...props }: TextProps & { value: string }) {
  useTranslation(); // re-render on a language switch
  const locale = currentLocale();
  const [now, setNow] = useState(() => Date.now());
  useInterval(() => setNow(Date.now()), 60_000, { autoInvoke: true });
  return (
    <DeferredTooltip label={formatDateTime(value, locale)} withArrow openDelay={200}>
      <Text component="time" dateTime={value} {...props}>
        {formatRelativeTime(value, locale, now)}
      </Text>
    </DeferredTooltip>
  );
}
