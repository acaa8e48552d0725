import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseEnvironment } from './config.js';

describe('configuration from the environment', () => {
  it('has working defaults', () => {
    expect(parseEnvironment({})).toMatchObject({
      PORT: 3000,
      HOST: '127.0.0.1',
      DATA_DIR: './data',
      SMTP_SECURE: false,
    });
  });

  it('names every bad variable, one line each', () => {
    try {
      parseEnvironment({
        PORT: 'abc',
        DATABASE_URL: 'mysql://x',
        PUBLIC_URL: 'localhost:3000',
        SESSION_SECRET: 'short',
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems;
      expect(problems).toEqual([
        'PORT must be a number',
        'DATABASE_URL must start with postgres:// or postgresql://',
        'PUBLIC_URL must start with http:// or https://',
        'SESSION_SECRET must be at least 32 characters long',
      ]);
    }
  });

  it('treats empty variables as unset', () => {
    const parsed = parseEnvironment({ DATABASE_URL: '', PORT: '' });
    expect(parsed.PORT).toBe(3000);
    expect(parsed.DATABASE_URL).toBeUndefined();
  });

  it('leaves unset secrets to the database, and writes none into DATA_DIR', () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'aitima-config-'));
    const config = loadConfig({ DATA_DIR: dataDir });
    expect(config.sessionSecret).toBeUndefined();
    expect(config.inbound.secretKey).toBeUndefined();
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it('takes SESSION_SECRET as given and MAILBOX_SECRET_KEY as its SHA-256', () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'aitima-config-'));
    const config = loadConfig({
      DATA_DIR: dataDir,
      SESSION_SECRET: 's'.repeat(40),
      MAILBOX_SECRET_KEY: 'm'.repeat(40),
    });
    expect(config.sessionSecret).toBe('s'.repeat(40));
    expect(config.inbound.secretKey).toEqual(createHash('sha256').update('m'.repeat(40)).digest());
  });

  it('marks https deployments so cookies become Secure', () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'aitima-config-'));
    expect(loadConfig({ DATA_DIR: dataDir, PUBLIC_URL: 'https://help.example.gr/' })).toMatchObject(
      {
        publicUrl: 'https://help.example.gr',
        isHttps: true,
      },
    );
    expect(loadConfig({ DATA_DIR: dataDir }).isHttps).toBe(false);
  });

  it('keeps uploads on disk unless S3 is configured, and says which S3 variable is missing', () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'aitima-config-'));
    expect(loadConfig({ DATA_DIR: dataDir }).s3).toBeUndefined();
    expect(() => loadConfig({ DATA_DIR: dataDir, S3_BUCKET: 'uploads' })).toThrow(
      'S3_ACCESS_KEY_ID is needed when S3_BUCKET is set',
    );
    expect(() =>
      loadConfig({
        DATA_DIR: dataDir,
        S3_BUCKET: 'Not_A_Bucket',
        S3_ACCESS_KEY_ID: 'a',
        S3_SECRET_ACCESS_KEY: 'b',
      }),
    ).toThrow('S3_BUCKET must be a bucket name');
    expect(() => loadConfig({ DATA_DIR: dataDir, S3_ENDPOINT: 'minio:9000' })).toThrow(
      'S3_ENDPOINT must start with https:// or http://',
    );
    const s3 = {
      DATA_DIR: dataDir,
      S3_BUCKET: 'aitima-uploads',
      S3_ACCESS_KEY_ID: 'key-id',
      S3_SECRET_ACCESS_KEY: 'secret',
    };
    expect(loadConfig(s3).s3).toEqual({
      bucket: 'aitima-uploads',
      region: 'us-east-1',
      accessKeyId: 'key-id',
      secretAccessKey: 'secret',
      forcePathStyle: false,
    });
    expect(
      loadConfig({ ...s3, S3_ENDPOINT: 'http://minio:9000', S3_REGION: 'eu-central-1' }).s3,
    ).toMatchObject({
      endpoint: 'http://minio:9000',
      region: 'eu-central-1',
      forcePathStyle: true,
    });
    expect(
      loadConfig({ ...s3, S3_ENDPOINT: 'https://s3.example.com', S3_FORCE_PATH_STYLE: 'false' }).s3
        ?.forcePathStyle,
    ).toBe(false);
  });
});

describe('TRUST_PROXY', () => {
  it('is off unless set, and takes true, false, a number of proxies or their addresses', () => {
    expect(parseEnvironment({}).TRUST_PROXY).toBe(false);
    expect(parseEnvironment({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(true);
    expect(parseEnvironment({ TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(false);
    expect(parseEnvironment({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
    expect(parseEnvironment({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,fd00::/8' }).TRUST_PROXY).toEqual(
      ['127.0.0.1', '10.0.0.0/8', 'fd00::/8'],
    );
    expect(parseEnvironment({ TRUST_PROXY: 'loopback' }).TRUST_PROXY).toEqual(['loopback']);
  });

  it('refuses anything else at start-up, saying what it takes', () => {
    for (const value of [
      'yes',
      '0',
      '11',
      '10.0.0.0/33',
      '300.1.1.1',
      'proxy.example.com',
      '1.2.3.4,',
    ]) {
      try {
        parseEnvironment({ TRUST_PROXY: value });
        expect.unreachable(value);
      } catch (error) {
        expect(error, value).toBeInstanceOf(ConfigError);
        expect((error as ConfigError).problems, value).toEqual([
          'TRUST_PROXY must be true, false, a number of proxies (1 to 10), or proxy addresses like 127.0.0.1,10.0.0.0/8',
        ]);
      }
    }
  });

  it('reaches the configuration the app is built with', () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'aitima-config-'));
    expect(loadConfig({ DATA_DIR: dataDir, TRUST_PROXY: '1' }).trustProxy).toBe(1);
  });
});
