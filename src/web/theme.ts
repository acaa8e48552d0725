import {
  type CSSVariablesResolver,
  createTheme,
  type MantineColorsTuple,
  type MantineTheme,
} from '@mantine/core';
import { readableOn } from './lib/contrast';

/** A calm harbour blue: trustworthy without shouting. Shade 7 is the filled colour. */
const harbour: MantineColorsTuple = [
  '#eaf4fa',
  '#d5e7f2',
  '#a9cde4',
  '#7ab1d5',
  '#5399c8',
  '#3a8abf',
  '#2d7db3',
  '#1f6a99',
  '#155a84',
  '#054a6f',
];

const systemFonts =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif';

export const theme = createTheme({
  primaryColor: 'harbour',
  primaryShade: { light: 7, dark: 5 },
  colors: { harbour },
  fontFamily: systemFonts,
  headings: { fontFamily: systemFonts, fontWeight: '650' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  components: {
    Card: { defaultProps: { withBorder: true, radius: 'lg', padding: 'lg' } },
    Paper: { defaultProps: { radius: 'lg' } },
    Button: { defaultProps: { radius: 'md' } },
    Menu: { defaultProps: { shadow: 'md', radius: 'md', position: 'bottom-start' } },
    TextInput: { defaultProps: { size: 'md' } },
    PasswordInput: { defaultProps: { size: 'md' } },
  },
});

/** A slightly tinted page background so white cards stand out. */
const PAGE_BACKGROUND = '#f5f7fa';

/**
 * Text colours readable by everyone (WCAG AA, 4.5:1, checked by axe-core in the browser
 * tests). Mantine's light scheme writes secondary text in gray.6 (3.3:1 on white),
 * coloured text and outline badges in shade 7 and light badges in shade 9, which for
 * yellow, orange, green and a few others is too faint; each is darkened just enough,
 * against the tinted page background (the harder case than white cards). Secondary
 * text also sits on the primary colour's lightest tint (highlighted panels), and
 * placeholders stand for values, so they are held to the same mark.
 */
function readableLightSchemeColors(theme: MantineTheme): Record<string, string> {
  const tint = theme.colors[theme.primaryColor]?.[1] ?? PAGE_BACKGROUND;
  const variables: Record<string, string> = {
    '--mantine-color-dimmed': readableOn(readableOn(theme.colors.gray[6], PAGE_BACKGROUND), tint),
    '--mantine-color-placeholder': readableOn(theme.colors.gray[5], '#ffffff'),
    // A field's error message (red.6 by default, 3.6:1 on white).
    '--mantine-color-error': readableOn(theme.colors.red[6], PAGE_BACKGROUND),
  };
  for (const [name, shades] of Object.entries(theme.colors)) {
    const onPage = readableOn(shades[7], PAGE_BACKGROUND);
    variables[`--mantine-color-${name}-text`] = onPage;
    variables[`--mantine-color-${name}-outline`] = onPage;
    variables[`--mantine-color-${name}-light-color`] = readableOn(shades[9], shades[1]);
  }
  return variables;
}

export const cssVariablesResolver: CSSVariablesResolver = (resolved) => ({
  variables: {},
  light: { '--aitima-page-bg': PAGE_BACKGROUND, ...readableLightSchemeColors(resolved) },
  dark: { '--aitima-page-bg': 'var(--mantine-color-dark-8)' },
});
