import { TIME_ZONE } from '../../lib/format';

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const wallFormat = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
});

function wallClockAt(epochMs: number): WallClock {
  const clock: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of wallFormat.formatToParts(epochMs)) {
    if (part.type in clock) clock[part.type as keyof WallClock] = Number(part.value);
  }
  return clock;
}

const asUtc = (clock: WallClock) =>
  Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** An instant as Athens' wall clock, 'YYYY-MM-DD HH:mm:ss' (the date pickers' format). */
export function athensWallTime(instant: Date): string {
  const c = wallClockAt(Math.floor(instant.getTime() / 1000) * 1000);
  return `${pad(c.year, 4)}-${pad(c.month)}-${pad(c.day)} ${pad(c.hour)}:${pad(c.minute)}:${pad(c.second)}`;
}

/**
 * The instant an Athens wall time ('YYYY-MM-DD HH:mm[:ss]') names, whatever the
 * device's own zone. The offset is read at the guess and again at the result, so
 * a time next to a daylight-saving change still lands right.
 */
export function athensInstant(wallTime: string): Date {
  const [date = '', time = '00:00:00'] = wallTime.trim().split(/[ T]/);
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const [hour = 0, minute = 0, second = 0] = time.split(':').map(Number);
  const target = asUtc({ year, month, day, hour, minute, second });
  const offsetAt = (epochMs: number) => asUtc(wallClockAt(epochMs)) - epochMs;
  const first = target - offsetAt(target);
  return new Date(target - offsetAt(first));
}
