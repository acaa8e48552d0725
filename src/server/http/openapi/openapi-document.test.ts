import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { PUBLIC_OPERATIONS } from './problem-responses.js';

// Issue 12, item 3: a document worth generating clients from.
interface Operation {
  operationId?: string;
  security?: Record<string, string[]>[];
  parameters?: unknown[];
  requestBody?: unknown;
  responses: Record<string, { $ref?: string; content?: Record<string, unknown> }>;
}
type Document = {
  paths: Record<string, Record<string, Operation>>;
  components: {
    securitySchemes: Record<string, unknown>;
    responses: Record<string, { content: Record<string, { schema: { $ref: string } }> }>;
  };
};

let t: TestApp;
let document: Document;
let operations: { key: string; path: string; operation: Operation }[];
beforeAll(async () => {
  t = await createTestApp();
  document = t.app.swagger() as unknown as Document;
  operations = Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({
      key: `${method.toUpperCase()} ${path}`,
      path,
      operation,
    })),
  );
});
afterAll(() => t.close());

describe('the OpenAPI document', () => {
  it('gives every operation a unique, camelCase operationId', () => {
    const ids = operations.map(({ operation }) => operation.operationId);
    for (const id of ids) expect(id).toMatch(/^[a-z][A-Za-z0-9]+$/);
    expect(new Set(ids).size).toBe(ids.length);
    const idOf = (key: string) =>
      operations.find((entry) => entry.key === key)?.operation.operationId;
    expect(idOf('GET /api/tickets')).toBe('listTickets');
    expect(idOf('POST /api/tickets/{number}/messages')).toBe('createTicketMessage');
  });

  it('declares cookie and bearer security; public operations need neither', () => {
    expect(Object.keys(document.components.securitySchemes).sort()).toEqual([
      'bearerAuth',
      'cookieAuth',
    ]);
    for (const { key, operation } of operations) {
      const expected = PUBLIC_OPERATIONS.has(key) ? [] : [{ cookieAuth: [] }, { bearerAuth: [] }];
      expect(operation.security, key).toEqual(expected);
    }
    expect(PUBLIC_OPERATIONS.has('POST /api/auth/login')).toBe(true);
  });

  it('documents the problem+json answers each operation can give', () => {
    for (const { key, path, operation } of operations) {
      const statuses = Object.keys(operation.responses);
      expect(statuses, key).toContain('429');
      if (operation.parameters?.length || operation.requestBody)
        expect(statuses, key).toContain('400');
      if (!PUBLIC_OPERATIONS.has(key))
        expect(statuses, key).toEqual(expect.arrayContaining(['401', '403']));
      if (path.includes('{')) expect(statuses, key).toContain('404');
      for (const status of statuses.filter((code) => Number(code) >= 400)) {
        const name = operation.responses[status]?.$ref?.replace('#/components/responses/', '');
        const problem = document.components.responses[name ?? ''];
        expect(problem?.content['application/problem+json']?.schema.$ref, `${key} ${status}`).toBe(
          '#/components/schemas/Problem',
        );
      }
    }
  });

  it('documents 204 without a body, and the media type of every answer that is not JSON', () => {
    const contentOf = (key: string, status: string) =>
      Object.keys(
        operations.find((entry) => entry.key === key)?.operation.responses[status]?.content ?? {},
      );
    for (const { key, operation } of operations) {
      if (operation.responses['204'])
        expect(operation.responses['204'].content, key).toBeUndefined();
    }
    expect(contentOf('DELETE /api/tasks/{id}', '204')).toEqual([]);
    expect(contentOf('GET /api/admin/emails/{id}/eml', '200')).toEqual(['message/rfc822']);
    expect(contentOf('GET /api/inbound-emails/{id}/original', '200')).toEqual(['message/rfc822']);
    expect(contentOf('GET /api/tasks.csv', '200')).toEqual(['text/csv']);
    expect(contentOf('GET /api/statements/{id}/pdf', '200')).toEqual(['application/pdf']);
    expect(contentOf('GET /api/attachments/{id}', '200')).toEqual(['application/octet-stream']);
  });
});
