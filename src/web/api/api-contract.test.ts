/**
 * The client cannot drift from the server: these are checked by `npm run typecheck`
 * (each `@ts-expect-error` fails the build if the line below it ever compiles). The
 * calls sit in functions that are never run, so no request is sent.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { Dashboard } from '../../shared/api/dashboard';
import type { TaskList } from '../../shared/api/tasks';
import type { TicketDetail, TicketList } from '../../shared/api/tickets';
import type { Me } from '../../shared/api/users';
import type { ApiBody, ApiOperation, ApiPath, ApiQuery, ApiResponse } from './api-contract';
import { apiGet, apiRequest } from './client';

type Answer<M extends Parameters<typeof apiRequest>[0], P extends ApiPath<M>> = ApiResponse<
  ApiOperation<M, P>
>;

describe('the typed API client', () => {
  it('knows the documented paths and methods only', () => {
    expectTypeOf<'/api/tickets/{number}'>().toExtend<ApiPath<'GET'>>();
    expectTypeOf<'/api/tickets/{number}'>().toExtend<ApiPath<'PATCH'>>();
    // Tickets are closed, never deleted: the document has no DELETE on them.
    expectTypeOf<'/api/tickets/{number}'>().not.toExtend<ApiPath<'DELETE'>>();
    expectTypeOf<'/api/tickets/42'>().not.toExtend<ApiPath<'GET'>>();
    expectTypeOf<'/api/ticket'>().not.toExtend<ApiPath<'GET'>>();

    const neverRun = () => {
      // @ts-expect-error a path the server does not have
      void apiGet('/api/ticket');
      // @ts-expect-error a path filled by hand instead of through params
      void apiGet('/api/tickets/42');
      // @ts-expect-error a method the path does not answer
      void apiRequest('DELETE', '/api/tickets/{number}', { params: { number: 1 } });
    };
    expectTypeOf(neverRun).toBeFunction();
  });

  it('asks for path parameters, of the documented type', () => {
    const neverRun = (signal: AbortSignal) => {
      void apiGet('/api/tickets/{number}', { params: { number: 7 }, signal });
      // @ts-expect-error the ticket's number is missing
      void apiGet('/api/tickets/{number}');
      // @ts-expect-error a parameter the path does not have
      void apiGet('/api/tickets/{number}', { params: { id: 'x' } });
      // @ts-expect-error the number as text
      void apiGet('/api/tickets/{number}', { params: { number: '7' } });
      // @ts-expect-error params on a path that has none
      void apiGet('/api/me', { params: { id: 'x' } });
    };
    expectTypeOf(neverRun).toBeFunction();
  });

  it('types the query and the body from the document', () => {
    expectTypeOf<ApiQuery<ApiOperation<'GET', '/api/tickets'>>>().toHaveProperty('mine');
    expectTypeOf<ApiBody<ApiOperation<'GET', '/api/tickets'>>>().toBeNever();
    const one = { number: 1 };
    const neverRun = () => {
      void apiGet('/api/tickets', { query: { state: 'closed', page: 2 } });

      // @ts-expect-error a state the list does not know
      void apiGet('/api/tickets', { query: { state: 'archived' } });
      // @ts-expect-error a filter the list does not take
      void apiGet('/api/tickets', { query: { colour: 'red' } });
      void apiRequest('POST', '/api/tickets', { body: { subject: 'S', description: 'D' } });
      // @ts-expect-error a new ticket needs its description
      void apiRequest('POST', '/api/tickets', { body: { subject: 'S' } });
      // @ts-expect-error a field the server refuses to take from the client
      void apiRequest('PATCH', '/api/tickets/{number}', { params: one, body: { id: 'x' } });
      // @ts-expect-error a body where the route takes none
      void apiGet('/api/me', { body: {} });
      // @ts-expect-error deleting a task needs a reason
      void apiRequest('DELETE', '/api/tasks/{id}', { params: { id: 'x' } });
    };
    expectTypeOf(neverRun).toBeFunction();
  });

  it('returns the documented success body', () => {
    expectTypeOf<ReturnType<typeof apiGet<'/api/tickets/{number}'>>>().resolves.toEqualTypeOf<
      Answer<'GET', '/api/tickets/{number}'>
    >();

    expectTypeOf<Answer<'GET', '/api/tickets/{number}'>>().toHaveProperty('thread');
    expectTypeOf<Answer<'GET', '/api/tickets/{number}'>>().not.toHaveProperty('internalNotes');
    // A 204 answers nothing.
    expectTypeOf<Answer<'POST', '/api/tickets/{number}/read'>>().toEqualTypeOf<undefined>();
    expectTypeOf<Answer<'DELETE', '/api/tasks/{id}'>>().toEqualTypeOf<undefined>();
  });

  // The pages keep the shared zod types; both must describe the same JSON.
  it('agrees with the shared types the pages use', () => {
    expectTypeOf<Answer<'GET', '/api/tickets/{number}'>>().toExtend<TicketDetail>();
    expectTypeOf<TicketDetail>().toExtend<Answer<'GET', '/api/tickets/{number}'>>();
    expectTypeOf<Answer<'GET', '/api/tickets'>>().toExtend<TicketList>();
    expectTypeOf<TicketList>().toExtend<Answer<'GET', '/api/tickets'>>();
    expectTypeOf<Answer<'GET', '/api/me'>>().toExtend<Me>();
    expectTypeOf<Me>().toExtend<Answer<'GET', '/api/me'>>();
    expectTypeOf<Answer<'GET', '/api/dashboard'>>().toExtend<Dashboard>();
    expectTypeOf<Dashboard>().toExtend<Answer<'GET', '/api/dashboard'>>();
    expectTypeOf<Answer<'GET', '/api/tasks'>>().toExtend<TaskList>();
    expectTypeOf<TaskList>().toExtend<Answer<'GET', '/api/tasks'>>();
  });
});
