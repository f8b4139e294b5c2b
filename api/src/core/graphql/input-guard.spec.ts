import 'reflect-metadata';
// type-graphql (loaded by Node) uses graphql's CommonJS build; import that one to run the schema.
import { graphql, type GraphQLSchema } from 'graphql/index.js';
import { Arg, buildSchema, Extensions, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { TextKind } from '../text-limits.js';
import { guardTextInputs } from './input-guard.js';
import { UserError } from './user-error.js';

@InputType()
class NoteInput {
  @Field()
  title!: string;

  @Extensions({ textKind: TextKind.TEXT })
  @Field()
  body!: string;

  @Field(() => [String], { nullable: true })
  tags?: string[];
}

@ObjectType()
class NotePayload {
  @Field(() => String, { nullable: true })
  saved!: string | null;

  @Field(() => Int)
  count!: number;

  @Field(() => [UserError])
  errors!: UserError[];
}

let calls = 0;

@Resolver()
class NoteResolver {
  @Query(() => Int)
  find(@Arg('search', () => String) _search: string): number {
    calls++;
    return 1;
  }

  @Extensions({ textArgs: { message: TextKind.TEXT } })
  @Query(() => Int)
  echo(@Arg('message', () => String) _message: string): number {
    calls++;
    return 1;
  }

  @Mutation(() => NotePayload)
  saveNote(@Arg('input', () => NoteInput) input: NoteInput): NotePayload {
    calls++;
    return { saved: input.title, count: 1, errors: [] };
  }
}

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = guardTextInputs(await buildSchema({ resolvers: [NoteResolver], validate: false }));
});

const run = (source: string, variableValues: Record<string, unknown>, locale = 'en') => graphql({ schema, source, variableValues, contextValue: { locale } });
const SAVE = 'mutation($input: NoteInput!) { saveNote(input: $input) { saved count errors { field code } } }';

describe('input guard', () => {
  it('answers a payload mutation with field errors and empty values, without calling the resolver', async () => {
    calls = 0;
    const res = await run(SAVE, { input: { title: 'a\nb', body: 'line one\nline two', tags: ['ok', 'x'.repeat(101)] } });
    expect(res.data?.saveNote).toEqual({ saved: null, count: 0, errors: [{ field: 'input.title', code: 'INVALID' }, { field: 'input.tags.1', code: 'TOO_LONG' }] });
    expect(calls).toBe(0);
  });

  it('reads a declared kind from an input field and from the resolver method', async () => {
    const long = 'x'.repeat(2000);
    expect((await run(SAVE, { input: { title: 't', body: long } })).data?.saveNote).toMatchObject({ saved: 't', errors: [] });
    expect((await run('query($m: String!) { echo(message: $m) }', { m: long })).data).toEqual({ echo: 1 });
  });

  it('answers a query with a top-level BAD_USER_INPUT naming the argument, in the request\'s language', async () => {
    const res = await run('query($s: String!) { find(search: $s) }', { s: '\u0000' }, 'zh-CN');
    expect(res.errors?.[0]?.message).toBe('search: 不能包含空字符（U+0000）。');
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search' });
  });
});
