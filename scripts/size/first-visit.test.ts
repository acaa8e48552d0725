import { describe, expect, it } from 'vitest';
import { firstVisitFiles, formatKb, type Manifest } from './first-visit';

// The shape of Vite's manifest: keys are source paths, "_" keys are shared chunks.
const manifest: Manifest = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    imports: ['_react.js', '_mantine.js'],
    dynamicImports: ['pages/login-page.tsx', 'pages/home-page.tsx', 'pages/staff.tsx'],
    css: ['assets/index.css'],
  },
  '_react.js': { file: 'assets/react.js' },
  '_mantine.js': { file: 'assets/mantine.js', imports: ['_react.js'] },
  '_form.js': { file: 'assets/form.js', imports: ['_mantine.js', 'index.html'] },
  'pages/login-page.tsx': {
    file: 'assets/login.js',
    isDynamicEntry: true,
    imports: ['index.html', '_form.js'],
  },
  'pages/home-page.tsx': {
    file: 'assets/home.js',
    isDynamicEntry: true,
    imports: ['index.html'],
    dynamicImports: ['pages/dashboard-page.tsx'],
  },
  'pages/dashboard-page.tsx': {
    file: 'assets/dashboard.js',
    isDynamicEntry: true,
    imports: ['index.html', '_mantine.js'],
    dynamicImports: ['components/chart.tsx'],
    css: ['assets/dashboard.css'],
  },
  'components/chart.tsx': { file: 'assets/chart.js', imports: ['_charts.js'] },
  '_charts.js': { file: 'assets/charts.js' },
  'pages/staff.tsx': { file: 'assets/staff.js', imports: ['_form.js'] },
  'locales/el-first.part.js': { file: 'assets/el-first.js', isDynamicEntry: true },
  'locales/el-rest.part.js': { file: 'assets/el-rest.js', isDynamicEntry: true },
  'locales/en-first.part.js': { file: 'assets/en-first.js', isDynamicEntry: true },
};

describe('firstVisitFiles', () => {
  it('takes the entry, the login and central screen pages, Greek, and what they import statically, once each', () => {
    const { js, css } = firstVisitFiles(manifest);
    expect(js.sort()).toEqual(
      [
        'assets/index.js',
        'assets/react.js',
        'assets/mantine.js',
        'assets/login.js',
        'assets/form.js',
        'assets/home.js',
        'assets/dashboard.js',
        'assets/el-first.js',
      ].sort(),
    );
    expect(css.sort()).toEqual(['assets/dashboard.css', 'assets/index.css']);
  });

  it('leaves out what loads later: the chart, other pages, the rest of the texts, the other language', () => {
    const { js } = firstVisitFiles(manifest);
    for (const later of [
      'assets/chart.js',
      'assets/charts.js',
      'assets/staff.js',
      'assets/el-rest.js',
      'assets/en-first.js',
    ]) {
      expect(js).not.toContain(later);
    }
  });

  it('fails loudly when a first-visit page is missing from the build (renamed or moved)', () => {
    const { 'pages/login-page.tsx': _login, ...withoutLogin } = manifest;
    expect(() => firstVisitFiles(withoutLogin)).toThrow('pages/login-page.tsx');
  });
});

describe('formatKb', () => {
  it('prints kilobytes of 1,000 bytes as Vite does', () => {
    expect(formatKb(199_999)).toBe('200.00 kB');
    expect(formatKb(1234)).toBe('1.23 kB');
  });
});
