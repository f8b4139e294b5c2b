import { registerEnumType } from 'type-graphql';

/** Bilingual names of an enum's values, shared by the schema descriptions, pages' messages and exports. */
export type EnumNames<E extends string> = Record<E, { zh: string; en: string }>;

/** Registers an enum with the schema, each value described "中文 / English" from `names`. */
export function registerBilingualEnum<E extends string>(values: Record<string, E>, name: string, description: string, names: EnumNames<E>): void {
  registerEnumType(values, {
    name,
    description,
    valuesConfig: Object.fromEntries(Object.entries<{ zh: string; en: string }>(names).map(([k, v]) => [k, { description: `${v.zh} / ${v.en}` }])),
  });
}
