import { describe, expect, it } from 'vitest';
import { isEmailVouchedFor, isSingleTenantEntraIssuer } from './email-vouching.js';

const ENTRA = 'https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0';

describe('whether the provider vouches for the email', () => {
  it('trusts email_verified: true from any provider, and only a plain true', () => {
    expect(isEmailVouchedFor({ email_verified: true }, 'https://accounts.google.com')).toBe(true);
    for (const value of [false, 'true', 1, null]) {
      expect(isEmailVouchedFor({ email_verified: value }, 'https://accounts.google.com')).toBe(
        false,
      );
    }
  });

  it('takes Entra’s xms_edov: true in its place from a single-tenant Entra issuer', () => {
    expect(isEmailVouchedFor({ xms_edov: true }, ENTRA)).toBe(true);
    expect(isEmailVouchedFor({}, ENTRA)).toBe(false);
    expect(isEmailVouchedFor({ xms_edov: false }, ENTRA)).toBe(false);
    expect(isEmailVouchedFor({ xms_edov: 'true' }, ENTRA)).toBe(false);
    // An explicit email_verified: false is never overruled.
    expect(isEmailVouchedFor({ email_verified: false, xms_edov: true }, ENTRA)).toBe(false);
  });

  it('refuses xms_edov from any other issuer: multi-tenant Entra, look-alikes, other providers', () => {
    for (const issuer of [
      'https://login.microsoftonline.com/common/v2.0',
      'https://login.microsoftonline.com/organizations/v2.0',
      'https://login.microsoftonline.com/{tenantid}/v2.0',
      'http://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0',
      'https://login.microsoftonline.com.evil.example/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0',
      'https://idp.example.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0',
      'https://accounts.google.com',
      'not a url',
    ]) {
      expect(isSingleTenantEntraIssuer(issuer), issuer).toBe(false);
      expect(isEmailVouchedFor({ xms_edov: true }, issuer), issuer).toBe(false);
    }
    expect(isSingleTenantEntraIssuer(ENTRA)).toBe(true);
  });
});
