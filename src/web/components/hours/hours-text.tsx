import { Text, type TextProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatHm, formatHmInWords, isoDuration } from './hours-format';

interface HoursTextProps extends TextProps {
  minutes: number;
}

/** An amount of hours as h:mm («2:15»), with the same in words on hover. */
export function HoursText({ minutes, ...props }: HoursTextProps) {
  const { t } = useTranslation();
  return (
    <Text
      component="time"
      dateTime={isoDuration(minutes)}
      title={formatHmInWords(t, minutes)}
      {...props}
    >
      {formatHm(minutes)}
    </Text>
  );
}
