import { Field, ObjectType } from 'type-graphql';

/** Text the platform shows in both of its languages; the client picks one (zh-CN first). */
@ObjectType({ description: '中英文对照文字 / Text in Chinese and English' })
export class LocalizedText {
  @Field({ description: '中文 / Chinese' })
  zh!: string;

  @Field({ description: '英文 / English' })
  en!: string;
}
