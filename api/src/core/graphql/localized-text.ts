import { Field, ObjectType } from 'type-graphql';
import type { LocalisedText } from '../errors/domain-error.js';

/** `LocalisedText` as a GraphQL type (its schema name predates the spelling): the client picks one (zh-CN first). */
@ObjectType({ description: '中英文对照文字 / Text in Chinese and English' })
export class LocalizedText implements LocalisedText {
  @Field({ description: '中文 / Chinese' })
  zh!: string;

  @Field({ description: '英文 / English' })
  en!: string;
}
