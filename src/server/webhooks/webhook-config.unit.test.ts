import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config/config.js';

const dataDir = () => mkdtempSync(path.join(os.tmpdir(), 'aitima-webhook-config-'));

describe('WEBHOOK_* settings', () => {
  it('default to a 10 s deadline, 8 tries, turning off after 5 failed deliveries and a 30-day log', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).webhooks).toEqual({
      extraCa: undefined,
      timeoutMs: 10_000,
      maxAttempts: 8,
      disableAfterFailures: 5,
      deliveryRetentionDays: 30,
    });
  });

  it('read WEBHOOK_DELIVERY_RETENTION_DAYS, and refuse a value that is no whole number of days', () => {
    const dir = dataDir();
    expect(
      loadConfig({ DATA_DIR: dir, WEBHOOK_DELIVERY_RETENTION_DAYS: '7' }).webhooks
        ?.deliveryRetentionDays,
    ).toBe(7);
    for (const value of ['0', '-3', '1.5', 'a month', '9999']) {
      expect(() => loadConfig({ DATA_DIR: dir, WEBHOOK_DELIVERY_RETENTION_DAYS: value })).toThrow(
        /WEBHOOK_DELIVERY_RETENTION_DAYS/,
      );
    }
  });

  it('read extra certificate authorities from WEBHOOK_CA_FILE', () => {
    const dir = dataDir();
    const file = path.join(dir, 'ca.pem');
    const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
    writeFileSync(file, pem);
    expect(loadConfig({ DATA_DIR: dir, WEBHOOK_CA_FILE: file }).webhooks?.extraCa).toBe(pem);
  });

  it('stop the start with a line naming WEBHOOK_CA_FILE when it is missing or not PEM', () => {
    const dir = dataDir();
    const notPem = path.join(dir, 'not.pem');
    writeFileSync(notPem, 'hello');
    for (const file of [path.join(dir, 'missing.pem'), notPem]) {
      expect(() => loadConfig({ DATA_DIR: dir, WEBHOOK_CA_FILE: file })).toThrow(ConfigError);
      expect(() => loadConfig({ DATA_DIR: dir, WEBHOOK_CA_FILE: file })).toThrow(/WEBHOOK_CA_FILE/);
    }
    expect(() => loadConfig({ DATA_DIR: dir, WEBHOOK_MAX_ATTEMPTS: '0' })).toThrow(
      /WEBHOOK_MAX_ATTEMPTS/,
    );
  });
});
