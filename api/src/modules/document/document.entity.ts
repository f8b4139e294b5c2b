import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../account/index.js';
import { DocumentKind } from './document-kind.js';

/**
 * An uploaded file in a talent's document wallet. The bytes live in file storage under their
 * SHA-256; this row says whose it is, what it proves and until when. Reusable across the
 * owner's applications.
 */
@ObjectType({ description: '材料（人才的材料夹中的一份文件）/ A document in a talent\'s wallet' })
@Entity({ tableName: 'documents' })
@Index({ properties: ['owner', 'createdAt'] })
export class Document {
  [OptionalProps]?: 'createdAt' | 'expiresOn';

  @Field(() => ID, { description: '材料编号 / Document id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  owner!: Ref<User>;

  @Field(() => DocumentKind, { description: '材料类型 / What the document proves' })
  @Enum({ items: () => DocumentKind, nativeEnumName: 'document_kind' })
  kind!: DocumentKind;

  /** Cleaned when stored (`cleanFileName`); shown through DocumentResolver.fileName, which cleans older rows too. */
  @Property({ length: 200 })
  fileName!: string;

  @Field({ description: '按内容识别的类型：application/pdf、image/jpeg 或 image/png / Type recognised from the content' })
  @Property({ length: 40 })
  contentType!: string;

  @Field(() => Int, { description: '大小（字节）/ Size in bytes' })
  @Property()
  sizeBytes!: number;

  @Property({ length: 64 })
  sha256!: string;

  @Field(() => String, { nullable: true, description: '有效期至（YYYY-MM-DD），无期限为空 / Valid until (YYYY-MM-DD); null when it does not expire' })
  @Property({ type: 'date', nullable: true })
  expiresOn?: string | null;

  @Field({ description: '上传时间 / When it was uploaded' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
