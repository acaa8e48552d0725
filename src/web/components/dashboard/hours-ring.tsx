import { RingProgress, Text } from '@mantine/core';

export interface HoursRingProps {
  percent: number;
  isOver: boolean;
  /** What the ring says to screen readers. */
  label: string;
}

/** A package's ring of hours used: drawn after its figures (subscription-hours.tsx). */
export default function HoursRing({ percent, isOver, label }: HoursRingProps) {
  return (
    <RingProgress
      size={104}
      thickness={11}
      // A round cap on an empty ring would draw a dot that reads as usage.
      roundCaps={percent > 0}
      role="img"
      aria-label={label}
      sections={[{ value: Math.min(100, percent), color: isOver ? 'red.7' : 'harbour.7' }]}
      rootColor={isOver ? 'red.1' : undefined}
      label={
        <Text ta="center" fw={700} size="sm" c={isOver ? 'red.8' : undefined} aria-hidden>
          {percent}%
        </Text>
      }
    />
  );
}
