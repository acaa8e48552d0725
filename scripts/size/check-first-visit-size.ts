/**
 * `npm run size`: sums the gzipped JavaScript of a customer's first visit
 * (see first-visit.ts) in the last `npm run build:web` and fails above the budget.
 * `--budget-kb <n>` overrides the budget (to see it fail, or to try a tighter one).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { firstVisitFiles, formatKb, type Manifest } from './first-visit';

/** Issue 11's target: a customer's first visit carries at most 200 kB of gzipped JavaScript. */
const TARGET_KB = 200;
/**
 * What CI enforces: the target itself (the first visit is at 199.7 kB, from 334 kB and then
 * 271.6 kB). Growing past it means loading something lazily, not raising this.
 */
const BUDGET_KB = TARGET_KB;

const distDir = fileURLToPath(new URL('../../dist/web', import.meta.url));

function budgetFromArgs(args: string[]): number {
  const index = args.indexOf('--budget-kb');
  if (index === -1) return BUDGET_KB;
  const value = Number(args[index + 1]);
  if (!Number.isFinite(value) || value <= 0) throw new Error('--budget-kb needs a positive number');
  return value;
}

// Level 9, as a static file server precompressing assets would; Vite's report is close to it.
const gzippedSize = (file: string) =>
  gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length;

function main() {
  const budgetKb = budgetFromArgs(process.argv.slice(2));
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8'));
  } catch {
    console.error('No dist/web/.vite/manifest.json: run `npm run build:web` first.');
    process.exit(1);
  }
  const { js, css } = firstVisitFiles(manifest);
  const sizes = js.map((file) => ({ file, gzip: gzippedSize(file) }));
  sizes.sort((a, b) => b.gzip - a.gzip);
  for (const { file, gzip } of sizes) console.log(`  ${formatKb(gzip).padStart(10)}  ${file}`);
  const total = sizes.reduce((sum, { gzip }) => sum + gzip, 0);
  const cssTotal = css.reduce((sum, file) => sum + gzippedSize(file), 0);
  console.log(
    `First visit (login, then the central screen): ${js.length} JavaScript files, ${formatKb(total)} gzipped` +
      ` (budget ${budgetKb} kB, target ${TARGET_KB} kB); CSS ${formatKb(cssTotal)} gzipped.`,
  );
  if (total > budgetKb * 1000) {
    console.error(
      `Over budget by ${formatKb(total - budgetKb * 1000)}: load the new code lazily (a route, a panel) or raise the budget with reason.`,
    );
    process.exit(1);
  }
}

main();
