import { Group, Text, type TextProps } from '@mantine/core';
import { measureTask } from '../../../shared/hours';
import { formatClock } from './hours-format';
import classes from './running-clock.module.css';

interface RunningClockProps extends TextProps {
  /** When the task started (ISO). */
  startedAt: string;
  /** The server-aligned instant to count to (useServerNow). */
  now: Date;
}

/** The ticking clock of a running task, h:mm:ss, after a pulsing red dot. */
export function RunningClock({ startedAt, now, ...props }: RunningClockProps) {
  const { durationSeconds } = measureTask(
    { startedAt: new Date(startedAt), endedAt: null, isBillable: false },
    1,
    now,
  );
  return (
    <Group gap={6} wrap="nowrap" component="span" style={{ display: 'inline-flex' }}>
      <span className={classes.dot} aria-hidden="true" />
      <Text component="span" role="timer" className="aitima-figures" fw={600} {...props}>
        {formatClock(durationSeconds)}
      </Text>
    </Group>
  );
}
