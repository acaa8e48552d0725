import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseEnvironment } from './config.js';

const dataDir = () => mkdtempSync(path.join(os.tmpdir(), 'aitima-metrics-config-'));

describe('metrics configuration (METRICS_TOKEN, METRICS_PORT)', () => {
  it('is off when neither is set', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).metrics).toBeUndefined();
  });

  it('takes a token, a port, or both', () => {
    const token = 'prometheus-scrape-token-0123';
    expect(loadConfig({ DATA_DIR: dataDir(), METRICS_TOKEN: token }).metrics).toEqual({
      token,
      port: undefined,
    });
    expect(loadConfig({ DATA_DIR: dataDir(), METRICS_PORT: '9464' }).metrics).toEqual({
      token: undefined,
      port: 9464,
    });
  });

  it('names a short token and a bad port', () => {
    expect(() => parseEnvironment({ METRICS_TOKEN: 'short', METRICS_PORT: 'x' })).toThrow(
      ConfigError,
    );
    try {
      parseEnvironment({ METRICS_TOKEN: 'short', METRICS_PORT: '70000' });
    } catch (error) {
      expect((error as ConfigError).problems).toEqual([
        'METRICS_TOKEN must be at least 16 characters long',
        'METRICS_PORT must be between 1 and 65535',
      ]);
    }
  });

  it('refuses the public port as the metrics port', () => {
    expect(() => loadConfig({ DATA_DIR: dataDir(), PORT: '4000', METRICS_PORT: '4000' })).toThrow(
      /METRICS_PORT must differ from PORT/,
    );
  });
});
