import { describe, expect, it } from 'vitest';
import { type GeneratedFiles, loadedWith, withoutLoaded } from './preload-lists.ts';

const files: GeneratedFiles = {
  'index.js': { type: 'chunk', imports: ['react.js', 'mantine.js'] },
  'react.js': { type: 'chunk', imports: [] },
  'mantine.js': { type: 'chunk', imports: ['react.js'] },
  'dashboard.js': { type: 'chunk', imports: ['index.js', 'format.js'] },
  'format.js': { type: 'chunk' },
  'chart.js': { type: 'chunk', imports: ['react.js', 'mantine.js', 'svg.js'] },
  'svg.js': { type: 'chunk', imports: [] },
  'style.css': { type: 'asset' },
};

describe('preload lists', () => {
  it('know what a chunk has loaded when it runs: itself and its static imports, transitively', () => {
    expect([...loadedWith(files, 'dashboard.js')].sort()).toEqual([
      'dashboard.js',
      'format.js',
      'index.js',
      'mantine.js',
      'react.js',
    ]);
  });

  it("leave out of a lazy import's list what its importer has loaded, and keep the rest in order", () => {
    expect(
      withoutLoaded(files, 'dashboard.js', ['chart.js', 'react.js', 'mantine.js', 'svg.js']),
    ).toEqual(['chart.js', 'svg.js']);
  });

  it('keep the whole list for an importer the bundle does not know', () => {
    expect(withoutLoaded(files, 'unknown.js', ['chart.js', 'react.js'])).toEqual([
      'chart.js',
      'react.js',
    ]);
  });
});
