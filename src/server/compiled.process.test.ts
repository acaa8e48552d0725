import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newDataDir, serverProcesses } from '../../test/support/server-process.js';
import { projectRoot } from './project-root.js';

// What production runs: the build in dist/ and only the runtime dependencies, in a folder
// with no sources and no dev tree. The runtime tree comes from `npm prune --omit=dev` on a
// hard-linked copy of node_modules (what `npm ci --omit=dev` installs, with no network).
const startServerProcess = serverProcesses();
let releaseDir: string;

function run(command: string, args: string[], cwd: string): void {
  execFileSync(command, args, { cwd, stdio: 'pipe' });
}

beforeAll(() => {
  // Builds when dist/ is missing or older than the sources, as `npm start` does.
  run(process.execPath, ['scripts/build/build-if-stale.mjs'], projectRoot);
  releaseDir = mkdtempSync(path.join(os.tmpdir(), 'aitima-release-'));
  for (const item of ['package.json', 'package-lock.json', 'dist', 'drizzle']) {
    cpSync(path.join(projectRoot, item), path.join(releaseDir, item), { recursive: true });
  }
  run('cp', ['-al', path.join(projectRoot, 'node_modules'), releaseDir], projectRoot);
  run('npm', ['prune', '--omit=dev', '--offline', '--no-audit', '--no-fund'], releaseDir);
}, 240_000);
afterAll(() => {
  if (releaseDir) rmSync(releaseDir, { recursive: true, force: true });
});

async function post(url: string, body: unknown) {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: new URL(url).origin },
    body: JSON.stringify(body),
  });
}

describe('the compiled server with production dependencies only', { timeout: 120_000 }, () => {
  it('has no dev tree: no TypeScript loader, no bundler, no test runner', () => {
    for (const devOnly of ['tsx', 'vite', 'vitest', 'esbuild', 'typescript']) {
      expect(existsSync(path.join(releaseDir, 'node_modules', devOnly)), devOnly).toBe(false);
    }
    expect(existsSync(path.join(releaseDir, 'node_modules', 'fastify'))).toBe(true);
  });

  it('starts with node dist/server/main.js, answers health, serves the app compressed, and signs in', async () => {
    const server = startServerProcess(
      { DATA_DIR: newDataDir() },
      { args: ['dist/server/main.js'], cwd: releaseDir },
    );
    const url = await server.ready;

    const health = await fetch(`${url}/api/health`);
    expect(health.status).toBe(200);

    const page = await fetch(`${url}/`, { headers: { 'accept-encoding': 'br' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    // fetch decodes brotli itself; the header says it came compressed from the build's copy.
    expect(page.headers.get('content-encoding')).toBe('br');
    expect(await page.text()).toContain('<div id="root">');

    const code = server.output().match(/setup code (\S+)/)?.[1];
    expect(code).toMatch(/^\w{4}-\w{4}-\w{4}$/);
    const setup = await post(`${url}/api/setup`, {
      setupCode: code,
      firstName: 'Ελένη',
      lastName: 'Κ.',
      email: 'eleni@example.test',
      password: 'a strong password',
    });
    expect(setup.status).toBe(201);
    const login = await post(`${url}/api/auth/login`, {
      email: 'eleni@example.test',
      password: 'a strong password',
    });
    expect(login.status).toBe(200);
    expect((await login.json()).role).toBe('admin');
  });
});
