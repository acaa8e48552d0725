import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { redactLinkTokens } from '../app.js';
import { ConfigError, loadConfig } from '../config/config.js';

const dataDir = () => mkdtempSync(path.join(os.tmpdir(), 'aitima-sso-config-'));

describe('single sign-on from OIDC_* variables', () => {
  it('reads the provider, its label and the allowed domains', () => {
    const config = loadConfig({
      DATA_DIR: dataDir(),
      OIDC_ISSUER_URL: 'https://accounts.google.com',
      OIDC_CLIENT_ID: 'client',
      OIDC_CLIENT_SECRET: 'secret',
      OIDC_ALLOWED_DOMAINS: ' Example.COM , support.example.org,',
    });
    expect(config.sso).toEqual({
      issuerUrl: 'https://accounts.google.com',
      clientId: 'client',
      clientSecret: 'secret',
      buttonLabel: 'accounts.google.com',
      allowedDomains: ['example.com', 'support.example.org'],
    });
    expect(loadConfig({ DATA_DIR: dataDir() }).sso).toBeUndefined();
  });

  it('names what is missing', () => {
    const attempt = () =>
      loadConfig({ DATA_DIR: dataDir(), OIDC_ISSUER_URL: 'https://idp.example.com' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/OIDC_CLIENT_ID is needed when OIDC_ISSUER_URL is set/);
    expect(attempt).toThrow(/OIDC_CLIENT_SECRET is needed/);
  });

  it('keeps the code and state of a provider callback out of the logs', () => {
    expect(redactLinkTokens('/api/auth/sso/callback?code=SECRET&state=abc')).toBe(
      '/api/auth/sso/callback?[redacted]',
    );
    expect(redactLinkTokens('/api/auth/sso/start')).toBe('/api/auth/sso/start');
  });

  it('keeps the token of an email change link out of the logs', () => {
    expect(redactLinkTokens('/confirm-email/SECRET-token')).toBe('/confirm-email/[redacted]');
  });
});
