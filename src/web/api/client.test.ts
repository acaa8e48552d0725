import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiGet, apiRequest, fillPath, setReauthenticationHandler } from './client';

const fetchMock = vi.fn<typeof fetch>();

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

const problem = (status: number, code: string) =>
  json(status, { type: `urn:aitima:problem:${code}`, title: code, status, code });

/** The URL and init of the n-th request sent. */
function sent(index = 0): { url: string; init: RequestInit } {
  const call = fetchMock.mock.calls[index];
  if (!call) throw new Error(`no request ${index}`);
  return { url: String(call[0]), init: call[1] ?? {} };
}

beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => {
  vi.unstubAllGlobals();
  setReauthenticationHandler(undefined);
});

describe('filling a documented path', () => {
  it('puts each parameter in its place, encoded', () => {
    expect(fillPath('/api/tickets/{number}/tasks', { number: 42 })).toBe('/api/tickets/42/tasks');
    expect(
      fillPath('/api/webhooks/{id}/deliveries/{deliveryId}/redeliver', {
        id: 'a/b',
        deliveryId: 'c d',
      }),
    ).toBe('/api/webhooks/a%2Fb/deliveries/c%20d/redeliver');
  });

  it('refuses to send a path with a parameter left out', async () => {
    expect(() => fillPath('/api/tasks/{id}', {})).toThrow(/id/);
    // Past the types (a cast): the call fails as a promise, and nothing is sent.
    const unchecked = apiRequest as (method: string, path: string) => Promise<unknown>;
    await expect(unchecked('DELETE', '/api/tasks/{id}')).rejects.toThrow(/id/);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('the typed client', () => {
  it('sends a GET with its path filled, its query and the session cookie', async () => {
    fetchMock.mockResolvedValueOnce(json(200, { number: 7 }));
    const signal = new AbortController().signal;
    const answer = await apiGet('/api/invitations/{token}', {
      params: { token: 'x/y?z' },
      signal,
    });
    expect(answer).toEqual({ number: 7 });
    const { url, init } = sent();
    expect(url).toBe('/api/invitations/x%2Fy%3Fz');
    expect(init.method).toBe('GET');
    expect(init.credentials).toBe('same-origin');
    expect(init.body).toBeUndefined();
    expect(init.signal).toBe(signal);
  });

  it('leaves the query parameters that are not set out of the URL', async () => {
    fetchMock.mockResolvedValueOnce(json(200, { items: [] }));
    await apiGet('/api/tickets', { query: { state: 'closed', mine: true, q: '', page: 2 } });
    expect(sent().url).toBe('/api/tickets?state=closed&mine=true&page=2');
  });

  it('sends a JSON body with the extra headers (an Idempotency-Key)', async () => {
    fetchMock.mockResolvedValueOnce(json(201, { number: 9 }));
    await apiRequest('POST', '/api/tickets', {
      body: { subject: 'Εκτυπωτής', description: 'Δεν τυπώνει' },
      headers: { 'idempotency-key': 'k-1' },
    });
    const { url, init } = sent();
    expect(url).toBe('/api/tickets');
    expect(init.method).toBe('POST');
    expect(JSON.parse(String(init.body))).toEqual({
      subject: 'Εκτυπωτής',
      description: 'Δεν τυπώνει',
    });
    expect(init.headers).toMatchObject({
      'content-type': 'application/json',
      'idempotency-key': 'k-1',
    });
  });

  it('answers undefined for 204, and an empty object body when a write has none', async () => {
    fetchMock.mockResolvedValueOnce(new Response(null, { status: 204 }));
    const answer = await apiRequest('POST', '/api/tickets/{number}/read', {
      params: { number: 3 },
    });
    expect(answer).toBeUndefined();
    expect(sent().url).toBe('/api/tickets/3/read');
    expect(sent().init.body).toBe('{}');
  });

  it("fails with the server's problem as an ApiError", async () => {
    fetchMock.mockResolvedValueOnce(problem(404, 'not_found'));
    const failure = apiGet('/api/tickets/{number}', { params: { number: 1 } });
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ status: 404, code: 'not_found' });
  });

  it('sends a change again once the person has re-authenticated', async () => {
    const handler = vi.fn(async () => true);
    setReauthenticationHandler(handler);
    fetchMock
      .mockResolvedValueOnce(problem(403, 'reauthentication_required'))
      .mockResolvedValueOnce(new Response(null, { status: 204 }));
    await apiRequest('DELETE', '/api/me/sessions/{id}', { params: { id: 's1' } });
    expect(handler).toHaveBeenCalledTimes(1);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(sent(1).url).toBe('/api/me/sessions/s1');
    expect(sent(1).init.method).toBe('DELETE');
  });
});
