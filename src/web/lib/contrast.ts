import { darken, luminance } from '@mantine/core';

/** WCAG 2 contrast ratio of two colours (1 to 21). */
export function contrastRatio(first: string, second: string): number {
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}

/** WCAG AA for normal text. */
export const AA_TEXT_CONTRAST = 4.5;

/**
 * The colour itself if text in it is readable on `background`, otherwise the least
 * darkened version of it that is (WCAG AA, with a little margin for rounding).
 */
export function readableOn(color: string, background: string, minimum = AA_TEXT_CONTRAST + 0.1) {
  for (let amount = 0; amount <= 1; amount += 0.02) {
    const candidate = amount === 0 ? color : darken(color, amount);
    if (contrastRatio(candidate, background) >= minimum) return candidate;
  }
  return '#000000';
}
