import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import type { GraphQLContext } from '../../context.js';
import { DomainError } from './domain-error.js';
import { formatError, funnelled } from './error-funnel.js';

function contextWith(locale: 'zh-CN' | 'en') {
  const error = vi.fn();
  return { ctx: { locale, requestId: 'req-123', logger: { error } } as unknown as GraphQLContext, error };
}

 
const run = async (ctx: GraphQLContext, failure: unknown): Promise<any> =>
  funnelled(async () => {
    throw failure;
  })(undefined, {}, ctx, {} as never);

describe('error funnel', () => {
  it('turns a domain error into a coded GraphQL error in the request\'s language', async () => {
    const { ctx } = contextWith('en');
    const thrown = await run(ctx, DomainError.notFound({ zh: '申请', en: 'application' })).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(GraphQLError);
    expect(thrown.message).toBe('That application was not found.');
    expect(thrown.extensions.code).toBe('NOT_FOUND');
  });

  it('masks an unexpected error, logs it, and gives the client only the request id', async () => {
    const { ctx, error } = contextWith('zh-CN');
    const thrown = await run(ctx, new Error('relation "secret_table" does not exist')).catch((e: unknown) => e);
    expect(thrown.message).not.toContain('secret_table');
    expect(thrown.message).toContain('req-123');
    expect(thrown.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-123' });
    expect(error).toHaveBeenCalledOnce();
  });

  it('funnels an error thrown synchronously too, and leaves a plain answer synchronous', () => {
    const { ctx } = contextWith('zh-CN');
    expect(() => funnelled(() => {
      throw DomainError.notFound({ zh: '申请', en: 'application' });
    })(undefined, {}, ctx, {} as never)).toThrow(GraphQLError);
    expect(funnelled(() => 42)(undefined, {}, ctx, {} as never)).toBe(42);
  });

  it('hides the message of an internal error that bypassed the funnel', () => {
    expect(formatError({ message: 'connect ECONNREFUSED 10.0.0.5', extensions: { code: 'INTERNAL_SERVER_ERROR' } }))
      .toEqual({ message: '服务器内部错误 / Internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });
});
