import { Box, ColorSwatch, Group, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../shared/api/dashboard';
import { currentLocale } from '../../i18n';
import { formatHours, formatHoursDecimal } from '../hours/hours-format';
import { formatPeriodDays } from '../hours/period-text';
import { barParts, hoursScale, hoursTicks, shortDay } from './usage-chart-scale';

type Series = Dashboard['periodUsage']['series'][number];

// Our own small SVG instead of a chart library (recharts was a 119 kB chunk): bars per
// period, the period's hours as a line, drawn in Mantine's colours.
const COLOR = {
  used: 'var(--mantine-color-harbour-3)',
  current: 'var(--mantine-color-harbour-7)',
  over: 'var(--mantine-color-red-6)',
  allowance: 'var(--mantine-color-orange-7)',
  grid: 'var(--mantine-color-default-border)',
  text: 'var(--mantine-color-dimmed)',
  strong: 'var(--mantine-color-text)',
};
const SLOT = 48;
const BAR_GAP = 9;
const LEFT = 56;
const RIGHT = 8;
const TOP = 10;
const PLOT = 150;
const BOTTOM = 36;
const FONT = 11;
// On a wide screen the chart grows, but not so much that its texts look shouted.
const MAX_SCALE = 1.4;

/** One package's periods as an accessible image: the summary says what the bars show. */
function PackageChart({ series, showName }: { series: Series; showName: boolean }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { periods } = series;
  const scroller = useRef<HTMLDivElement>(null);
  // Scrolled to the newest periods first: the current one is what the reader came for.
  useEffect(() => {
    const box = scroller.current;
    if (box) box.scrollLeft = box.scrollWidth;
  }, []);
  const scale = hoursScale(
    Math.max(...periods.map((period) => Math.max(period.usedMinutes, period.allowanceMinutes))),
  );
  const width = LEFT + periods.length * SLOT + RIGHT;
  const height = TOP + PLOT + BOTTOM;
  const y = (minutes: number) => TOP + PLOT - (minutes / 60 / scale.topHours) * PLOT;
  const withYear = series.periodKind !== 'monthly';
  const sentence = (period: Series['periods'][number]) =>
    `${t('glance.usage.periodFigure', {
      period: formatPeriodDays(t, period, locale),
      used: formatHours(period.usedMinutes),
      allowance: formatHours(period.allowanceMinutes),
    })}${period.isCurrent ? ` (${t('glance.usage.current')})` : ''}`;
  const summary = t('glance.usage.summary', {
    packageName: series.packageName,
    periods: periods.map(sentence).join('; '),
  });
  const allowanceLine = periods
    .map(
      (period, i) => `M${LEFT + i * SLOT} ${y(period.allowanceMinutes)}H${LEFT + (i + 1) * SLOT}`,
    )
    .join('');
  return (
    <Box>
      {showName && (
        <Text size="sm" fw={600} mb={4}>
          {series.packageName}
        </Text>
      )}
      {/* Many periods on a narrow phone scroll inside the panel, never the page; the
          scrolling box takes the keyboard focus so it can be scrolled with the arrows. */}
      <Box ref={scroller} tabIndex={0} style={{ overflowX: 'auto' }}>
        <svg
          role="img"
          aria-label={summary}
          data-testid="usage-chart"
          viewBox={`0 0 ${width} ${height}`}
          width="100%"
          style={{ display: 'block', minWidth: width, maxWidth: width * MAX_SCALE }}
        >
          {hoursTicks(scale).map((hours) => (
            <g key={hours}>
              <line
                x1={LEFT}
                x2={width - RIGHT}
                y1={y(hours * 60)}
                y2={y(hours * 60)}
                stroke={COLOR.grid}
              />
              <text
                x={LEFT - 6}
                y={y(hours * 60)}
                dy="0.35em"
                textAnchor="end"
                fontSize={FONT}
                fill={COLOR.text}
              >
                {formatHoursDecimal(hours * 60)}
              </text>
            </g>
          ))}
          {periods.map((period, i) => {
            const { withinMinutes, overMinutes } = barParts(
              period.usedMinutes,
              period.allowanceMinutes,
            );
            const x = LEFT + i * SLOT + BAR_GAP;
            const barWidth = SLOT - 2 * BAR_GAP;
            const labelX = LEFT + i * SLOT + SLOT / 2;
            const labelColor = period.isCurrent ? COLOR.strong : COLOR.text;
            return (
              <g key={period.startDate} data-current={period.isCurrent || undefined}>
                <title>{sentence(period)}</title>
                <rect
                  x={x}
                  y={y(withinMinutes)}
                  width={barWidth}
                  height={y(0) - y(withinMinutes)}
                  fill={period.isCurrent ? COLOR.current : COLOR.used}
                  rx={2}
                />
                {overMinutes > 0 && (
                  <rect
                    x={x}
                    y={y(withinMinutes + overMinutes)}
                    width={barWidth}
                    height={y(withinMinutes) - y(withinMinutes + overMinutes)}
                    fill={COLOR.over}
                    rx={2}
                  />
                )}
                <text
                  x={labelX}
                  y={TOP + PLOT + 14}
                  textAnchor="middle"
                  fontSize={FONT}
                  fontWeight={period.isCurrent ? 700 : 400}
                  fill={labelColor}
                >
                  <tspan x={labelX}>{shortDay(period.startDate, withYear)}</tspan>
                  <tspan x={labelX} dy={FONT + 2}>
                    {period.lastDate ? `–${shortDay(period.lastDate, withYear)}` : '→'}
                  </tspan>
                </text>
              </g>
            );
          })}
          <path
            d={allowanceLine}
            stroke={COLOR.allowance}
            strokeWidth={2}
            strokeDasharray="5 3"
            fill="none"
          />
        </svg>
      </Box>
    </Box>
  );
}

function LegendItem({ color, label }: { color: string; label: string }) {
  return (
    <Group gap={6} wrap="nowrap">
      <ColorSwatch color={color} size={12} radius={2} withShadow={false} />
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </Group>
  );
}

/** Hours per billing period, one small chart per package (loaded with its panel only). */
export default function UsageChart({ usage }: { usage: Dashboard['periodUsage'] }) {
  const { t } = useTranslation();
  const hasOverage = usage.series.some((series) =>
    series.periods.some((period) => period.usedMinutes > period.allowanceMinutes),
  );
  return (
    <Stack gap="md">
      {usage.series.map((series) => (
        <PackageChart
          key={series.subscriptionId}
          series={series}
          showName={usage.series.length > 1}
        />
      ))}
      <Group gap="md" aria-hidden>
        <LegendItem color={COLOR.used} label={t('glance.usage.legendUsed')} />
        <LegendItem color={COLOR.current} label={t('glance.usage.legendCurrent')} />
        <LegendItem color={COLOR.allowance} label={t('glance.usage.legendAllowance')} />
        {hasOverage && <LegendItem color={COLOR.over} label={t('glance.usage.legendOverage')} />}
      </Group>
    </Stack>
  );
}
