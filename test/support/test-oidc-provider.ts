import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** A person at the test identity provider, signed in by their login name (any password). */
export interface TestIdentity {
  email: string;
  /** Left out, as Microsoft Entra does for work accounts. */
  email_verified?: boolean;
  /** Entra's optional "email domain owner verified" claim. */
  xms_edov?: boolean;
}

export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Adds (or replaces) a person who can sign in at the provider. */
  addIdentity(login: string, identity: TestIdentity): void;
  /**
   * Plays the browser at the provider: follows redirects from `authorizationUrl`
   * with a cookie jar, signs in as `login` and consents, and returns the URL the
   * provider sends the browser back to (the app's callback).
   */
  signIn(authorizationUrl: string, login: string): Promise<URL>;
  close(): Promise<void>;
}

/**
 * A real OpenID Connect provider (oidc-provider) on 127.0.0.1 and a free port,
 * with one confidential client whose redirect URI is the app's callback. Its
 * development login and consent pages stand for the company's sign-in page.
 */
export async function startTestOidcProvider(redirectUri: string): Promise<TestOidcProvider> {
  const identities = new Map<string, TestIdentity>();
  const server = http.createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'aitima-test';
  const clientSecret = 'a-test-client-secret-that-is-long-enough';
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified', 'xms_edov'] },
    cookies: { keys: ['test-cookie-key-test-cookie-key'] },
    features: { devInteractions: { enabled: true } },
    findAccount: (_ctx, sub) => {
      const identity = identities.get(sub);
      return identity ? { accountId: sub, claims: () => ({ sub, ...identity }) } : undefined;
    },
  });
  // The provider's warnings about its development settings are expected here.
  provider.on('server_error', () => {});
  server.on('request', provider.callback());

  const jar = new Map<string, string>();
  const cookieHeader = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  const keepCookies = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      if (!value || /expires=Thu, 01 Jan 1970/i.test(line)) jar.delete(name);
      else jar.set(name, value);
    }
  };
  const request = async (url: string, form?: Record<string, string>) => {
    const response = await fetch(url, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        cookie: cookieHeader(),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(form ? { body: new URLSearchParams(form).toString() } : {}),
    });
    keepCookies(response);
    return response;
  };

  return {
    issuer,
    clientId,
    clientSecret,
    addIdentity: (login, identity) => identities.set(login, identity),
    async signIn(authorizationUrl, login) {
      // A fresh browser each time: no session at the provider from an earlier sign-in.
      jar.clear();
      let url = authorizationUrl;
      let form: Record<string, string> | undefined;
      for (let step = 0; step < 20; step++) {
        if (!url.startsWith(issuer)) return new URL(url);
        const response = await request(url, form);
        form = undefined;
        const location = response.headers.get('location');
        if (location) {
          url = new URL(location, url).href;
          continue;
        }
        const page = await response.text();
        if (response.status !== 200)
          throw new Error(`provider answered ${response.status}: ${page}`);
        const action = /<form[^>]*action="([^"]+)"/.exec(page)?.[1];
        const prompt = /name="prompt" value="(\w+)"/.exec(page)?.[1];
        if (!action || !prompt) throw new Error(`unexpected provider page: ${page.slice(0, 500)}`);
        url = new URL(action.replace(/&amp;/g, '&'), url).href;
        form = prompt === 'login' ? { prompt, login, password: 'any' } : { prompt };
      }
      throw new Error('too many steps at the provider');
    },
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
