import 'reflect-metadata';
// type-graphql (loaded by Node) uses graphql's CommonJS build; import that one to run the schema.
import { graphql, type GraphQLSchema } from 'graphql/index.js';
import { Arg, Authorized, Ctx, Field, FieldResolver, Info, ObjectType, Query, Resolver, Root, buildSchema } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { DIRECT, directFieldResolvers } from './direct-field-resolvers.js';

@ObjectType({ description: 'A shelf of the test' })
class Shelf {
  @Field({ description: 'Label' })
  label!: string;

  /** Set only on instances, so a test can tell whether a root was turned into one. */
  isInstance = true;
}

type ShelfView = Pick<Shelf, 'label'>;

@ObjectType({ description: 'A thing of the test' })
class Thing {
  @Field({ description: 'Name' })
  name!: string;
}

type ThingView = Pick<Thing, 'name'> & { shelf?: ShelfView };

@Resolver(() => Thing)
class ThingResolver {
  private readonly suffix = '!';

  @Query(() => [Thing], { description: 'Things' })
  things(): ThingView[] {
    return [{ name: 'a', shelf: { label: 'top' } }, { name: 'b' }];
  }

  @FieldResolver(() => String, { description: 'Name, the context\'s word and the field\'s name' })
  described(@Root() thing: ThingView, @Ctx() ctx: { word: string }, @Info() info: { fieldName: string }): string {
    return `${thing.name} ${ctx.word} ${info.fieldName}${this.suffix}`;
  }

  @FieldResolver(() => String, { description: 'Context first, then the root' })
  backwards(@Ctx() ctx: { word: string }, @Root() thing: ThingView): string {
    return `${ctx.word}/${thing.name}`;
  }

  @FieldResolver(() => Shelf, { nullable: true, description: 'Its shelf' })
  shelf(@Root() thing: ThingView): ShelfView | null {
    return thing.shelf ?? null;
  }

  @FieldResolver(() => String, { description: 'With an argument' })
  repeated(@Root() thing: ThingView, @Arg('times', { description: 'How many times' }) times: number): string {
    return thing.name.repeat(times);
  }

  @Authorized('ADMIN')
  @FieldResolver(() => String, { nullable: true, description: 'Only for administrators' })
  secret(@Root() thing: ThingView): string {
    return `secret ${thing.name}`;
  }
}

@Resolver(() => Shelf)
class ShelfResolver {
  @FieldResolver(() => Boolean, { description: 'Whether the root reached the method as a Shelf instance' })
  instance(@Root() shelf: Shelf): boolean {
    return shelf instanceof Shelf && shelf.isInstance;
  }
}

const RESOLVERS = [ThingResolver, ShelfResolver] as const;
const QUERY = '{ things { name described backwards repeated(times: 2) secret shelf { label instance } } }';

async function build(direct: boolean): Promise<GraphQLSchema> {
  const instances = new Map<unknown, unknown>();
  const container = { get: (cls: new () => unknown) => instances.get(cls) ?? instances.set(cls, new cls()).get(cls) };
  const schema = await buildSchema({ resolvers: RESOLVERS, container, authChecker: ({ context }) => (context as { admin: boolean }).admin, authMode: 'null', validate: false });
  if (direct) directFieldResolvers(schema, RESOLVERS, (cls) => container.get(cls));
  return schema;
}

const isDirect = (schema: GraphQLSchema, type: string, field: string) =>
  DIRECT in ((schema.getType(type) as unknown as { getFields: () => Record<string, { resolve: object }> }).getFields()[field]?.resolve ?? {});

describe('directFieldResolvers', () => {
  it('calls field resolvers that take only the root, the context and the info directly; not those with arguments or an access rule', async () => {
    const schema = await build(true);
    expect(['described', 'backwards', 'shelf'].map((f) => isDirect(schema, 'Thing', f))).toEqual([true, true, true]);
    expect(isDirect(schema, 'Shelf', 'instance')).toBe(true);
    expect(isDirect(schema, 'Thing', 'repeated')).toBe(false);
    expect(isDirect(schema, 'Thing', 'secret')).toBe(false);
  });

  it('answers exactly as type-graphql does, for a signed-in administrator and anyone else alike', async () => {
    const [direct, handled] = await Promise.all([build(true), build(false)]);
    for (const admin of [true, false]) {
      const context = { word: 'hi', admin };
      const a = await graphql({ schema: direct, source: QUERY, contextValue: context });
      const b = await graphql({ schema: handled, source: QUERY, contextValue: context });
      expect(JSON.stringify(a)).toBe(JSON.stringify(b));
      expect(a.errors).toBeUndefined();
    }
    const answer = await graphql({ schema: direct, source: QUERY, contextValue: { word: 'hi', admin: false } });
    expect(answer.data).toEqual({
      things: [
        // A plain object where the method declares the class Shelf: type-graphql makes an instance of it, and so here.
        { name: 'a', described: 'a hi described!', backwards: 'hi/a', repeated: 'aa', secret: null, shelf: { label: 'top', instance: true } },
        { name: 'b', described: 'b hi described!', backwards: 'hi/b', repeated: 'bb', secret: null, shelf: null },
      ],
    });
  });
});
