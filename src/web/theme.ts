import { type CSSVariablesResolver, createTheme, type MantineColorsTuple } from '@mantine/core';

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
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--aitima-page-bg': '#f5f7fa' },
  dark: { '--aitima-page-bg': 'var(--mantine-color-dark-8)' },
});
