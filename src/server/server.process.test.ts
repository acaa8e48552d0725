import { describe, expect, it } from 'vitest';
import { newDataDir, serverProcesses } from '../../test/support/server-process.js';

// These run the real `npm start` entry point in child processes, on the embedded database.
const startServerProcess = serverProcesses();
const startServer = (dataDir: string) => startServerProcess({ DATA_DIR: dataDir });

async function post(url: string, body: unknown, cookie?: string) {
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin: new URL(url).origin,
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify(body),
  });
}

// Each starts real servers (the embedded database initialises in each): slower on a busy machine.
describe('the server process', { timeout: 120_000 }, () => {
  it('refuses to start on a data folder another server is using, saying why', async () => {
    const dataDir = newDataDir();
    const first = startServer(dataDir);
    await first.ready;
    const second = startServer(dataDir);
    await second.ready.catch(() => undefined);
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(/Another Aitima process \(pid \d+\) is using the data folder/);
    const health = await fetch(`${await first.ready}/api/health`);
    expect(health.status).toBe(200);
  });

  it('keeps its data through a kill -9 and a restart', async () => {
    const dataDir = newDataDir();
    const first = startServer(dataDir);
    const url = await first.ready;
    const code = first.output().match(/setup code (\S+)/)?.[1];
    expect(code).toMatch(/^\w{4}-\w{4}-\w{4}$/);
    const setup = await post(`${url}/api/setup`, {
      setupCode: code,
      firstName: 'Ελένη',
      lastName: 'Κ.',
      email: 'eleni@example.test',
      password: 'a strong password',
    });
    expect(setup.status).toBe(201);
    first.child.kill('SIGKILL');
    await first.exited;

    const second = startServer(dataDir);
    const restartedUrl = await second.ready;
    expect(second.output()).not.toMatch(/setup code/);
    const login = await post(`${restartedUrl}/api/auth/login`, {
      email: 'eleni@example.test',
      password: 'a strong password',
    });
    expect(login.status).toBe(200);
    expect((await login.json()).role).toBe('admin');
  });
});
