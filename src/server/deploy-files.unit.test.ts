import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from './project-root.js';

// No container runtime can run here (base images come from a registry this machine cannot
// reach), so the container files are held to the commands CI does run.
const read = (file: string) => readFileSync(path.join(projectRoot, file), 'utf8');
const packageJson = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
const dockerfile = read('Dockerfile');
const unit = read('deploy/aitima.service');
const RUN_COMPILED = 'node --enable-source-maps dist/server/main.js';

/** The Dockerfile's instructions, continuation lines joined. */
const instructions = dockerfile
  .replace(/\\\n\s*/g, ' ')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'));
const stages = dockerfile.split(/^FROM /m).slice(1);

describe('the Dockerfile', () => {
  it('builds with the dev tree as CI does, and runs what npm start runs', () => {
    const [build, runtime] = stages;
    expect(build).toContain('RUN npm ci --no-audit --no-fund');
    expect(build).toContain('RUN npm run build');
    expect(runtime).toContain('RUN npm ci --omit=dev');
    expect(runtime).toContain('COPY --from=build /app/dist ./dist');
    // The migrations are read from the project root's drizzle/ at start.
    expect(runtime).toContain('COPY drizzle ./drizzle');
    expect(packageJson.scripts.start).toContain(RUN_COMPILED);
    const cmd = instructions.find((line) => line.startsWith('CMD '));
    expect(JSON.parse(cmd?.slice(4) ?? '[]').join(' ')).toBe(RUN_COMPILED);
  });

  it('runs as an unprivileged user, keeps DATA_DIR in a volume and checks health', () => {
    const runtime = stages[1] ?? '';
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).toContain('DATA_DIR=/data');
    expect(runtime).toContain('VOLUME ["/data"]');
    expect(runtime).toContain('HOST=0.0.0.0');
    expect(instructions.find((line) => line.startsWith('HEALTHCHECK'))).toContain(
      "fetch('http://127.0.0.1:3000/api/health')",
    );
    expect(read('src/server/health/health.routes.ts')).toContain("'/api/health'");
  });

  it('is built in CI the same way: npm run build is a CI step', () => {
    expect(read('.ci/run')).toMatch(/^npm run build$/m);
    expect(read('.dockerignore')).toMatch(/^node_modules$/m);
  });
});

describe('compose.yaml', () => {
  const compose = parse(read('compose.yaml'), { merge: true }) as {
    services: Record<
      string,
      { build?: string; image?: string; environment?: Record<string, string> }
    >;
  };

  it('runs two app processes on one PostgreSQL, an S3-compatible store and a mail catcher', () => {
    const { app1, app2, postgres, minio, mailpit } = compose.services;
    expect(app1?.build).toBe('.');
    expect(app2?.build).toBe('.');
    expect(app1?.environment?.DATABASE_URL).toBe(app2?.environment?.DATABASE_URL);
    expect(app1?.environment?.DATABASE_URL).toMatch(/@postgres:5432\//);
    expect(app1?.environment?.S3_ENDPOINT).toBe('http://minio:9000');
    expect(app1?.environment?.SMTP_HOST).toBe('mailpit');
    expect(postgres?.image).toMatch(/^postgres:/);
    expect(minio?.image).toMatch(/^minio\//);
    expect(mailpit?.image).toMatch(/^axllent\/mailpit/);
  });

  it('holds no secret: every password comes from the environment', () => {
    const settings = [
      ...read('compose.yaml').matchAll(/^\s*([A-Z_]*(?:PASSWORD|SECRET)[A-Z_]*): (.*)$/gm),
    ];
    expect(settings.length).toBeGreaterThanOrEqual(4);
    for (const [line, , value] of settings) expect(value, line).toMatch(/\$\{[A-Z_]+:\?/);
  });
});

describe('the systemd unit', () => {
  it('runs the compiled server as its own user, with the environment file and restarts', () => {
    expect(unit).toMatch(new RegExp(`^ExecStart=/usr/bin/${RUN_COMPILED}$`, 'm'));
    expect(unit).toMatch(/^User=aitima$/m);
    expect(unit).toMatch(/^EnvironmentFile=\/etc\/aitima\/aitima\.env$/m);
    expect(unit).toMatch(/^Restart=on-failure$/m);
    expect(unit).toMatch(/^NoNewPrivileges=true$/m);
    expect(unit).toMatch(/^ProtectSystem=strict$/m);
  });
});
