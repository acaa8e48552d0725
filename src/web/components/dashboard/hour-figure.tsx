import { Group, Text } from '@mantine/core';
import { HoursText } from '../hours/hours-text';

interface HourFigureProps {
  label: string;
  minutes: number;
  /** Red, for an overage or a balance below zero. */
  isAlarming?: boolean;
  /** The figure that matters most (what is left), a little larger. */
  isMain?: boolean;
}

/** One labelled amount of hours in a description list: «Υπόλοιπο … 7 ώρες 45 λεπτά», on one line where it fits. */
export function HourFigure({
  label,
  minutes,
  isAlarming = false,
  isMain = false,
}: HourFigureProps) {
  const color = isAlarming ? 'red.8' : undefined;
  return (
    <Group justify="space-between" gap="xs" align="baseline">
      <Text component="dt" size="sm" c={color ?? 'dimmed'} fw={isAlarming ? 600 : 400}>
        {label}
      </Text>
      <Text component="dd" m={0}>
        <HoursText
          minutes={minutes}
          fz={isMain ? 'xl' : 'md'}
          fw={700}
          c={color}
          style={{ fontVariantNumeric: 'tabular-nums' }}
        />
      </Text>
    </Group>
  );
}
