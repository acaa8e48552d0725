import { Text, type TextProps } from '@mantine/core';
import { formatHours, isoDuration } from './hours-format';

interface HoursTextProps extends TextProps {
  minutes: number;
}

/** An amount of hours in words («2 ώρες 15 λεπτά»), machine-readable as an ISO duration. */
export function HoursText({ minutes, ...props }: HoursTextProps) {
  return (
    <Text component="time" dateTime={isoDuration(minutes)} {...props}>
      {formatHours(minutes)}
    </Text>
  );
}
