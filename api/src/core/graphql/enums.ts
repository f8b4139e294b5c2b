import { registerEnumType } from 'type-graphql';
import type { LocalisedText } from '../errors/domain-error.js';

/** Bilingual names of an enum's values, shared by the schema descriptions, pages' messages and exports. */
export type EnumNames<E extends string> = Record<E, LocalisedText>;

/**
 * Registers an enum with the schema, each value described "中文 / English" from `names`.
 * `names` is keyed by the enum's values (what the database and pages see); the schema's
 * value config is keyed by the member names, which differ for enums like `APPLICATIONS = 'applications'`.
 */
export function registerBilingualEnum<E extends string>(values: Record<string, E>, name: string, description: string, names: EnumNames<E>): void {
  registerEnumType(values, {
    name,
    description,
    valuesConfig: Object.fromEntries(
      Object.entries(values).map(([member, value]) => {
        const { zh, en } = names[value];
        return [member, { description: `${zh} / ${en}` }];
      }),
    ),
  });
}
