import { DEFAULT_THEME } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { contrastRatio, readableOn } from './contrast';

describe('contrastRatio', () => {
  it('is 21 for black on white and 1 for a colour on itself, either way round', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#868e96', '#868e96')).toBeCloseTo(1, 5);
  });

  it("finds Mantine's default dimmed grey too faint for text on white", () => {
    expect(contrastRatio(DEFAULT_THEME.colors.gray[6], '#ffffff')).toBeLessThan(4.5);
  });
});

describe('readableOn', () => {
  it('keeps a colour that is readable already', () => {
    expect(readableOn('#1f6a99', '#ffffff')).toBe('#1f6a99');
  });

  it('darkens one that is not just enough for WCAG AA', () => {
    const yellow = DEFAULT_THEME.colors.yellow[9];
    const background = DEFAULT_THEME.colors.yellow[1];
    expect(contrastRatio(yellow, background)).toBeLessThan(4.5);
    const readable = readableOn(yellow, background);
    expect(contrastRatio(readable, background)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(readable, background)).toBeLessThan(6);
  });
});
